package vn.opendvc.notification.sms;

import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.opendvc.web.VietnamTime;

/**
 * The demo's view of the texts the simulator "sent", newest first. Any signed-in user may look (the security default
 * for a page): it only exists in the demo, and the phone numbers are masked but for their last three digits.
 */
@Controller
@Conditional(SmsConfiguration.SimulatorOn.class)
class SmsSimulatorPage {

    static final String PATH = "/demo/sms";
    /** With seconds: texts and their receipts are a second apart. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy")
            .withZone(VietnamTime.ZONE);
    private static final int SHOWN_DIGITS = 3;

    private final SmsSimulator simulator;

    SmsSimulatorPage(SmsSimulator simulator) {
        this.simulator = simulator;
    }

    record Row(String time, String phone, String text, int segments, String status) {
    }

    @GetMapping(PATH)
    String page(Model model) {
        List<Row> rows = simulator.recent().stream()
                .map(sent -> new Row(TIME.format(sent.at()), masked(sent.phone()), sent.text(), sent.segments(),
                        sent.status().name()))
                .toList();
        model.addAttribute("messages", rows);
        return "notification/sms-simulator";
    }

    /** {@code +84905123456} → {@code +••••••••456}: every digit but the last three hidden. */
    static String masked(String phone) {
        StringBuilder masked = new StringBuilder(phone.length());
        int digitsLeft = (int) phone.chars().filter(Character::isDigit).count();
        for (char c : phone.toCharArray()) {
            if (Character.isDigit(c)) {
                masked.append(digitsLeft-- > SHOWN_DIGITS ? '•' : c);
            } else {
                masked.append(c);
            }
        }
        return masked.toString();
    }
}
