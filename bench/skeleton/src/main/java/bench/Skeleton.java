package bench;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** No code of its own: what the starters alone cost at start-up. */
@SpringBootApplication
public class Skeleton {

    public static void main(String[] args) {
        SpringApplication.run(Skeleton.class, args);
    }
}
