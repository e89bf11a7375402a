package org.majlis.health;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy in front of PostgreSQL that can make the database hang: in {@link #hang()} it keeps accepting
 * connections but passes no byte either way, as a frozen server would; {@link #recover()} drops the frozen
 * connections (as a restarted server would) and passes traffic again. {@link #stop()} ends every connection and
 * refuses new ones, as a stopped server does, until {@link #start()}.
 */
final class FaultyProxy implements AutoCloseable {
    private final int targetPort;
    private final int port;
    private volatile ServerSocket server;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile boolean hung;

    FaultyProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.port = listen(0).getLocalPort();
    }

    int port() {
        return port;
    }

    /** Drops every connection and closes the port: connections are refused. */
    void stop() throws IOException {
        server.close();
        recover();
    }

    /** Listens on the same port again. */
    void start() throws IOException {
        listen(port);
    }

    private ServerSocket listen(int on) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), on), 50);
        server = socket;
        Thread acceptor = new Thread(() -> accept(socket), "faulty-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
        return socket;
    }

    void hang() {
        hung = true;
    }

    /** Passes the held bytes on, as a server that was only slow would. */
    void thaw() {
        hung = false;
    }

    void recover() {
        hung = false;
        for (Socket socket : sockets) {
            closeQuietly(socket);
        }
        sockets.clear();
    }

    private void accept(ServerSocket server) {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                sockets.add(client);
                if (hung) {
                    continue; // accepted, never answered
                }
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                sockets.add(upstream);
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException e) {
                // the proxy was closed, or PostgreSQL refused: the client sees a dropped connection
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    while (hung && !from.isClosed()) {
                        Thread.sleep(50); // frozen: hold the bytes
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException | InterruptedException e) {
                // connection closed by either side
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "faulty-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // nothing left to release
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        recover();
    }
}
