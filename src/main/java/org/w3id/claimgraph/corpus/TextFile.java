package org.w3id.claimgraph.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.w3id.claimgraph.InputException;

/** Reads text files as strict UTF-8, naming the line and byte of the first bad sequence. */
public final class TextFile {
  private TextFile() {}

  /** The bytes of a file, or an input error naming it. */
  public static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new InputException(file, "cannot read: " + e.getMessage(), e);
    }
  }

  /** The file's bytes decoded as UTF-8; malformed or unmappable input is an error, not replaced. */
  public static String read(Path file) {
    return decode(file.toString(), bytes(file));
  }

  /** {@code bytes} decoded as strict UTF-8; errors name {@code source} and the position. */
  public static String decode(String source, byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int at = in.position();
      throw new InputException(
          source,
          lineOf(bytes, at),
          -1,
          "not valid UTF-8: bad byte 0x"
              + String.format("%02x", bytes[at] & 0xff)
              + " at byte offset "
              + at);
    }
    try {
      result = decoder.flush(out);
      if (result.isError()) {
        result.throwException();
      }
    } catch (CharacterCodingException e) {
      throw new InputException(source, -1, -1, "not valid UTF-8 at the end of the file");
    }
    out.flip();
    return out.toString();
  }

  private static long lineOf(byte[] bytes, int offset) {
    long line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
