-- wrk script of bench/lookup.sh: GET /api/v1/lookup?code=…&phoneLast4=… over the codes in the file named by
-- $LOOKUP_CODES (one "code last4" a line), in turn, each wrk thread starting at its own place in the list.
local codes = {}
for line in io.lines(os.getenv("LOOKUP_CODES")) do
  local code, last4 = line:match("^(%S+) (%d%d%d%d)$")
  if code then codes[#codes + 1] = "/api/v1/lookup?code=" .. code .. "&phoneLast4=" .. last4 end
end
local next = 0
local threads = 0

function setup(thread) -- in wrk's main state: spread the threads' starting places over the list
  thread:set("first", threads * 7919)
  threads = threads + 1
end

function init(args)
  next = first or 0
end

function request()
  next = next + 1
  return wrk.format("GET", codes[next % #codes + 1])
end
