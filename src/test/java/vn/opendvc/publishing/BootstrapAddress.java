package vn.opendvc.publishing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * A fixed bootstrap address in front of whichever broker is running, as a load balancer or DNS name is in
 * production: the broker started after an outage listens on a new port (the test kit picks its ports), and the
 * clients find it again through this address (Kafka clients bootstrap again once every broker they knew is gone).
 * Only the bootstrap goes through here; the clients then talk to the broker's own address.
 */
final class BootstrapAddress implements AutoCloseable {

    private final ServerSocket server;
    private volatile InetSocketAddress broker;

    BootstrapAddress() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(this::accept);
    }

    String address() {
        return "127.0.0.1:" + server.getLocalPort();
    }

    /** Where connections go from now on; {@code bootstrapServers} as the broker reports it ({@code host:port}). */
    void pointAt(String bootstrapServers) {
        String first = bootstrapServers.split(",")[0];
        int colon = first.lastIndexOf(':');
        broker = new InetSocketAddress(first.substring(0, colon), Integer.parseInt(first.substring(colon + 1)));
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Thread.ofVirtual().start(() -> forward(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void forward(Socket client) {
        try (client; Socket upstream = new Socket()) {
            upstream.connect(broker, 2000);
            Thread back = Thread.ofVirtual().start(() -> pipe(upstream, client));
            pipe(client, upstream);
            back.join();
        } catch (IOException | InterruptedException gone) {
            // the broker is down: the client sees its connection closed, as with no broker at all
        }
    }

    private static void pipe(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException closed) {
            // either side went away
        } finally {
            try {
                from.close();
                to.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
