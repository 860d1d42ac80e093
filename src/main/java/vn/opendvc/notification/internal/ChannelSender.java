package vn.opendvc.notification.internal;

/** Hands a written message to one channel (SMTP, an SMS provider). */
interface ChannelSender {

    NotificationChannel channel();

    /**
     * @return the provider's reference when the provider confirms delivery later (a delivery receipt), {@code null}
     *         when handing over is delivery
     * @throws SendFailure when the channel refused or could not be reached
     */
    String send(Outgoing message);

    /** A message as it leaves. */
    record Outgoing(long id, NotificationChannel channel, String address, String language, String title, String body,
            String link) {

        @Override
        public String toString() {
            return "Outgoing[" + id + ", " + channel + "]";
        }
    }

    /** The channel failed; {@code permanent} when trying again cannot help. */
    class SendFailure extends RuntimeException {

        private final boolean permanent;

        SendFailure(String reason, boolean permanent, Throwable cause) {
            super(reason, cause);
            this.permanent = permanent;
        }

        boolean permanent() {
            return permanent;
        }
    }
}
