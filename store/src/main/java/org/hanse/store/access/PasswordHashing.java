package org.hanse.store.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes (RFC 9106), computed by BouncyCastle, stored in the PHC string format that other
 * Argon2 libraries read: {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>} (unpadded Base64). The parameters are
 * the OWASP recommendation (19 MiB memory, 2 passes, 1 lane); they are part of each hash, so they can be raised
 * later without invalidating stored hashes.
 */
public final class PasswordHashing {
  static final int MEMORY_KIB = 19 * 1024;
  static final int ITERATIONS = 2;
  static final int PARALLELISM = 1;
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getDecoder();

  private PasswordHashing() {}

  /** A new hash of the password with a fresh random salt. */
  public static String hash(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    byte[] h = argon2id(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
    return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$" + B64.encodeToString(salt)
        + "$" + B64.encodeToString(h);
  }

  /** Whether the password matches the stored hash; false for any malformed hash. Constant-time comparison. */
  public static boolean matches(char[] password, String stored) {
    if (stored == null) {
      return false;
    }
    String[] parts = stored.split("\\$");
    // "", "argon2id", "v=19", "m=…,t=…,p=…", salt, hash
    if (parts.length != 6 || !parts[1].equals("argon2id") || !parts[2].equals("v=19")) {
      return false;
    }
    int m;
    int t;
    int p;
    try {
      String[] params = parts[3].split(",");
      if (params.length != 3 || !params[0].startsWith("m=") || !params[1].startsWith("t=") || !params[2].startsWith("p=")) {
        return false;
      }
      m = Integer.parseInt(params[0].substring(2));
      t = Integer.parseInt(params[1].substring(2));
      p = Integer.parseInt(params[2].substring(2));
      if (m < 8 || m > 4 * 1024 * 1024 || t < 1 || t > 100 || p < 1 || p > 64) {
        return false;
      }
      byte[] salt = B64D.decode(parts[4]);
      byte[] expected = B64D.decode(parts[5]);
      byte[] actual = argon2id(password, salt, m, t, p, expected.length);
      return MessageDigest.isEqual(expected, actual);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Whether the stored hash was made with weaker parameters than today's, so it should be replaced at sign-in. */
  public static boolean needsRehash(String stored) {
    return stored == null || !stored.startsWith("$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p="
        + PARALLELISM + "$");
  }

  static byte[] argon2id(char[] password, byte[] salt, int memoryKib, int iterations, int parallelism, int length) {
    return argon2id(utf8(password), salt, null, null, memoryKib, iterations, parallelism, length);
  }

  static byte[] argon2id(
      byte[] password, byte[] salt, byte[] secret, byte[] additional, int memoryKib, int iterations, int parallelism,
      int length) {
    Argon2Parameters.Builder b = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
        .withVersion(Argon2Parameters.ARGON2_VERSION_13)
        .withMemoryAsKB(memoryKib)
        .withIterations(iterations)
        .withParallelism(parallelism)
        .withSalt(salt);
    if (secret != null) {
      b.withSecret(secret);
    }
    if (additional != null) {
      b.withAdditional(additional);
    }
    Argon2BytesGenerator gen = new Argon2BytesGenerator();
    gen.init(b.build());
    byte[] out = new byte[length];
    gen.generateBytes(password, out);
    return out;
  }

  private static byte[] utf8(char[] password) {
    java.nio.ByteBuffer bb = StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(password));
    byte[] bytes = new byte[bb.remaining()];
    bb.get(bytes);
    return bytes;
  }
}
