package checkpolicy.rules.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.wiring.api.classloader.ProjectClassLoader;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;

/**
 * A KieBase built from DRL, as bytes: its compiled packages (rules with the bytecode Drools
 * generated for them) and the classes of types the DRL declares. Reading one back skips parsing
 * and compiling the DRL, which is most of a cold check's time, and keeps the classic compiler's
 * semantics exactly, as the executable model would not for every DRL (it rejects untyped
 * {@code collectSet} results the bundled rules use).
 *
 * <p>The bytes start with a magic line and a CRC-32C of the rest, so a truncated or damaged
 * image is refused before deserialising it. A checksum against damage, not a signature: the JDK
 * computes CRC-32C with the processor's instruction even before the JIT has compiled anything,
 * where SHA-256 of a bundled image took a cold check ~35 ms of CPU.
 */
public final class KieBaseImage {

    private static final byte[] MAGIC = "checkpolicy-kiebase-2\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final int HASH_LENGTH = Integer.BYTES;

    private KieBaseImage() {}

    public static byte[] write(KieBase kieBase) throws IOException {
        ByteArrayOutputStream payload = new ByteArrayOutputStream(1 << 20);
        try (ObjectOutputStream out = new DroolsObjectOutputStream(payload)) {
            Map<String, byte[]> declaredTypes = new HashMap<>();
            if (((InternalKnowledgeBase) kieBase).getRootClassLoader() instanceof ProjectClassLoader pcl && pcl.getStore() != null) {
                declaredTypes.putAll(pcl.getStore());
            }
            out.writeObject(declaredTypes);
            out.writeObject(new ArrayList<>(kieBase.getKiePackages()));
        }
        byte[] body = payload.toByteArray();
        ByteArrayOutputStream image = new ByteArrayOutputStream(body.length + MAGIC.length + HASH_LENGTH);
        image.write(MAGIC);
        image.write(checksum(body));
        image.write(body);
        return image.toByteArray();
    }

    /** The KieBase in these bytes; an exception when they are not a whole, intact image. */
    public static KieBase read(byte[] image) throws IOException, ClassNotFoundException {
        int start = MAGIC.length + HASH_LENGTH;
        if (image.length <= start || !Arrays.equals(image, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new IOException("not a checkpolicy KieBase image");
        }
        byte[] body = Arrays.copyOfRange(image, start, image.length);
        if (!Arrays.equals(checksum(body), Arrays.copyOfRange(image, MAGIC.length, start))) {
            throw new IOException("KieBase image is damaged (checksum mismatch)");
        }
        ClassLoader app = KieBaseImage.class.getClassLoader();
        try (DroolsObjectInputStream in = new DroolsObjectInputStream(new ByteArrayInputStream(body), app)) {
            @SuppressWarnings("unchecked")
            Map<String, byte[]> declaredTypes = (Map<String, byte[]>) in.readObject();
            // Declared types must be definable before the packages that use them are read.
            ProjectClassLoader types = ProjectClassLoader.createProjectClassLoader(app, declaredTypes);
            in.setClassLoader(types);
            @SuppressWarnings("unchecked")
            Collection<KiePackage> packages = (List<KiePackage>) in.readObject();
            InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(
                    KieServices.Factory.get().newKieBaseConfiguration(null, types));
            kieBase.addPackages(packages);
            return kieBase;
        }
    }

    private static byte[] checksum(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return ByteBuffer.allocate(HASH_LENGTH).putInt((int) crc.getValue()).array();
    }
}
