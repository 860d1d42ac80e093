package vn.opendvc.notification.internal;

import java.util.Properties;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.thymeleaf.ITemplateEngine;

/**
 * The e-mail channel, on when {@code OPENDVC_SMTP_HOST} names an SMTP server. Its own sender rather than Boot's
 * {@code spring.mail.*}: an empty host would still create Boot's, and its health check would report the portal down
 * whenever the mail server is (messages wait and are retried instead).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${opendvc.notification.smtp.host:}'.isBlank()")
class EmailConfiguration {

    @Bean
    EmailSender emailSender(ITemplateEngine pages, @Value("${opendvc.notification.smtp.host}") String host,
            @Value("${opendvc.notification.smtp.port:587}") int port,
            @Value("${opendvc.notification.smtp.username:}") String username,
            @Value("${opendvc.notification.smtp.password:}") String password,
            @Value("${opendvc.notification.smtp.starttls:true}") boolean starttls,
            @Value("${opendvc.notification.smtp.from:OpenDVC <no-reply@localhost>}") String from) {
        JavaMailSenderImpl mail = new JavaMailSenderImpl();
        mail.setHost(host.strip());
        mail.setPort(port);
        mail.setDefaultEncoding("UTF-8");
        if (!username.isBlank()) {
            mail.setUsername(username);
            mail.setPassword(password);
        }
        Properties props = mail.getJavaMailProperties();
        props.put("mail.smtp.auth", String.valueOf(!username.isBlank()));
        props.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "20000");
        props.put("mail.smtp.writetimeout", "20000");
        return new EmailSender(mail, pages, from);
    }
}
