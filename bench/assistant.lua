-- wrk: POST /api/v1/assistant/ask, cycling over the questions of the evaluation set (one per request, in order).
local questions = {}
for line in io.lines(os.getenv("QUESTIONS") or "src/test/resources/assistant/questions.tsv") do
  if line:sub(1, 1) ~= "#" and line:find("\t") then
    local q = line:sub(1, line:find("\t") - 1)
    questions[#questions + 1] = '{"question":"' .. q:gsub('\\', '\\\\'):gsub('"', '\\"') .. '"}'
  end
end
local i = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
request = function()
  i = i % #questions + 1
  return wrk.format(nil, "/api/v1/assistant/ask", nil, questions[i])
end
