// Alternates the compare step of several builds in one JVM (docs/BENCHMARKS.md, "compare6").
import java.io.File;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.*;

/** Alternates the compare step of two builds in one JVM: the same machine load for both. */
public class AB {
    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[1]);
        List<String> names = new ArrayList<>();
        List<String> dirs = new ArrayList<>();
        List<java.lang.reflect.Method> runs = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            // JAR=STORE: this build on a store of its own (two schemas, or marks each build's triggers made).
            String[] jarAndStore = args[i].split("=", 2);
            String jar = jarAndStore[0];
            dirs.add(jarAndStore.length == 2 ? jarAndStore[1] : args[0]);
            URLClassLoader loader = new URLClassLoader(new URL[]{new File(jar).toURI().toURL(), new File(System.getProperty("once", "once/")).toURI().toURL()},
                    ClassLoader.getPlatformClassLoader());
            runs.add(loader.loadClass("Once").getMethod("run", String.class));
            names.add(new File(jar).getName() + (jarAndStore.length == 2 ? "@" + new File(jarAndStore[1]).getName() : ""));
        }
        Map<String, List<Double>> cpu = new TreeMap<>();
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < runs.size(); k++) {
                long c = cpu(), w = System.nanoTime();
                String out = (String) runs.get(k).invoke(null, dirs.get(k));
                double sec = (cpu() - c) / 1e9;
                System.out.printf("round %d %s: cpu %.2f wall %.2f (%s)%n", r, names.get(k), sec, (System.nanoTime() - w) / 1e9, out);
                if (r >= 2) cpu.computeIfAbsent(names.get(k), x -> new ArrayList<>()).add(sec);
            }
        }
        cpu.forEach((n, l) -> { Collections.sort(l); System.out.println(n + " sorted cpu " + l); });
    }
    static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
