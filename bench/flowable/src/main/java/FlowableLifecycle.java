import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flowable.task.api.Task;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The same 10-step dossier lifecycle as bench/LifecycleBench.java, each step one call into the embedded Flowable engine
 * (its own transaction, like one HTTP request there): start with the form (create), three document variables (the
 * uploads), then complete the tasks submit, receive, forward, forward, complete, deliver. Full history is kept, as
 * OpenDVC keeps every status change and step. Prints lifecycles/s.
 */
public class FlowableLifecycle {

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new HashMap<>();
        for (String arg : args) {
            String[] kv = arg.replaceFirst("^--", "").split("=", 2);
            a.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        int lifecycles = Integer.parseInt(a.getOrDefault("lifecycles", "400"));
        int warmup = Integer.parseInt(a.getOrDefault("warmup", "40"));
        int clients = Integer.parseInt(a.getOrDefault("clients", "8"));
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(a.getOrDefault("db", "jdbc:postgresql://127.0.0.1:5432/opendvc_flowablebench"));
        pool.setUsername(a.getOrDefault("user", "postgres"));
        pool.setMaximumPoolSize(10); // as OpenDVC's default pool
        StandaloneProcessEngineConfiguration config = new StandaloneProcessEngineConfiguration();
        config.setDataSource(pool);
        config.setDatabaseSchemaUpdate("true");
        config.setHistoryLevel(HistoryLevel.FULL);
        config.setAsyncExecutorActivate(false);
        ProcessEngine engine = config.buildProcessEngine();
        engine.getRepositoryService().createDeployment().addClasspathResource("dossier-lifecycle.bpmn20.xml").deploy();

        run(engine, warmup, clients);
        long start = System.nanoTime();
        run(engine, lifecycles, clients);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Flowable %s: %d lifecycles from %d clients in %.1f s = %.1f lifecycles/s%n",
                ProcessEngine.class.getPackage().getImplementationVersion(), lifecycles, clients, seconds,
                lifecycles / seconds);
        engine.close();
        pool.close();
    }

    static void run(ProcessEngine engine, int count, int clients) throws Exception {
        AtomicInteger left = new AtomicInteger(count);
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            done.add(threads.submit(() -> {
                while (left.getAndDecrement() > 0) {
                    lifecycle(engine.getRuntimeService(), engine.getTaskService());
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        threads.shutdown();
    }

    /** submit, receive, forward, forward, complete, deliver: the task and who does it. */
    static final String[][] STEPS = {{"draft", "congdan1"}, {"receive", "motcua1"}, {"handOver", "motcua1"},
            {"process", "chuyenvien1"}, {"approve", "lanhdao1"}, {"deliver", "motcua1"}};

    static void lifecycle(RuntimeService runtime, TaskService tasks) {
        Map<String, Object> form = new HashMap<>();
        form.put("applicant", "congdan1");
        form.put("agency", "DNG-HAICHAU");
        form.put("procedureCode", "1.001193");
        form.put("hoTenTre", "Nguyễn Minh Khang");
        form.put("ngaySinh", "2026-11-10");
        form.put("gioiTinh", "Nam");
        form.put("noiSinh", "Bệnh viện Phụ sản - Nhi Đà Nẵng");
        form.put("queQuan", "Hải Châu, Đà Nẵng");
        form.put("danToc", "Kinh");
        form.put("soDienThoai", "0905123456");
        String id = runtime.startProcessInstanceByKey("dossierLifecycle", form).getId();
        for (int i = 1; i <= 3; i++) { // an upload: the document's stored file, as OpenDVC records it
            runtime.setVariable(id, "giayTo" + i, Map.of("document", "Giấy tờ " + i, "fileName", "giay-to.pdf",
                    "mediaType", "application/pdf", "sizeBytes", 312, "sha256", "9f2c" + i, "storageKey",
                    java.util.UUID.randomUUID().toString(), "at", Instant.now().toString()));
        }
        for (String[] step : STEPS) {
            Task task = tasks.createTaskQuery().processInstanceId(id).taskDefinitionKey(step[0]).singleResult();
            tasks.complete(task.getId(), Map.of("lastAction", step[0], "actor", step[1],
                    "at", Instant.now().toString()));
        }
    }
}
