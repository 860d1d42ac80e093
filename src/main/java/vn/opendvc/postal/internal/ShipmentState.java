package vn.opendvc.postal.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a shipping order is. {@code PENDING} and {@code FAILED} are ours (the carrier has not taken the order yet, or
 * never will); the others are the carrier's tracking states, in the order a parcel goes through them.
 */
public enum ShipmentState {
    PENDING(0),
    REGISTERED(1),
    COLLECTED(2),
    IN_TRANSIT(3),
    DELIVERED(4),
    RETURNED(4),
    FAILED(4);

    private final int rank;

    ShipmentState(int rank) {
        this.rank = rank;
    }

    /** Nothing more will happen to the parcel. */
    public boolean isFinal() {
        return rank == 4;
    }

    /** Later in a parcel's life than {@code other} (an older report arriving late is not). */
    boolean after(ShipmentState other) {
        return rank > other.rank;
    }

    /** The states a carrier reports, as its callback names them ({@code in_transit} and {@code IN-TRANSIT} too). */
    public static Optional<ShipmentState> reported(String name) {
        String normalized = name.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Arrays.stream(values()).filter(s -> s != PENDING && s != FAILED && s.name().equals(normalized))
                .findFirst();
    }

    /** The key of the state's name in the message bundles. */
    public String messageCode() {
        return "postal.state." + name();
    }
}
