import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP load driver for bench/directory.sh where wrk is not installed: a fixed number
 * of GET requests per page, a fixed number at a time, each bounded by a timeout, the whole
 * run bounded too. Prints throughput and p50/p99 latency per page.
 *
 * java bench/LoadDriver.java http://127.0.0.1:8084 2000 8 /cities /cities?page=200 ...
 */
public class LoadDriver {

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int requests = Integer.parseInt(args[1]);
		int concurrency = Integer.parseInt(args[2]);
		if (!base.startsWith("http://127.0.0.1") && !base.startsWith("http://localhost")) {
			throw new IllegalArgumentException("Only the local portal is driven: " + base);
		}
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		System.out.printf("%-55s %10s %10s %10s %8s%n", "page", "req/s", "p50", "p99", "errors");
		for (String page : Arrays.copyOfRange(args, 3, args.length)) {
			HttpRequest request = HttpRequest.newBuilder(URI.create(base + page)).timeout(Duration.ofSeconds(10)).build();
			long[] latencies = new long[requests];
			AtomicInteger next = new AtomicInteger();
			AtomicInteger errors = new AtomicInteger();
			ExecutorService workers = Executors.newFixedThreadPool(concurrency);
			long started = System.nanoTime();
			List<Future<?>> running = new ArrayList<>();
			for (int worker = 0; worker < concurrency; worker++) {
				running.add(workers.submit(() -> {
					for (int index = next.getAndIncrement(); index < requests; index = next.getAndIncrement()) {
						long sent = System.nanoTime();
						try {
							HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
							if (response.statusCode() >= 400) {
								errors.incrementAndGet();
							}
						}
						catch (Exception failed) {
							errors.incrementAndGet();
						}
						latencies[index] = System.nanoTime() - sent;
					}
					return null;
				}));
			}
			workers.shutdown();
			if (!workers.awaitTermination(10, TimeUnit.MINUTES)) {
				workers.shutdownNow();
				throw new IllegalStateException("Gave up after 10 minutes on " + page);
			}
			for (Future<?> worker : running) {
				worker.get();
			}
			double seconds = (System.nanoTime() - started) / 1e9;
			Arrays.sort(latencies);
			System.out.printf("%-55s %10.1f %8.2fms %8.2fms %8d%n", page, requests / seconds,
					latencies[(int) (requests * 0.50)] / 1e6, latencies[Math.min(requests - 1, (int) (requests * 0.99))] / 1e6,
					errors.get());
		}
	}

}
