// boilerpipe (ArticleExtractor) as a peer for bench/extraction_eval.
//
// Usage: java -cp boilerpipe.jar:nekohtml.jar:xercesImpl.jar:. Boilerpipe FILE_LIST OUT.jsonl
// FILE_LIST holds one HTML file path per line. For each file, writes one JSON
// line {"file", "text", "seconds"}; "seconds" times the extraction alone
// (decoding the bytes, nekohtml parsing, ArticleExtractor), after a warm-up
// page, not the JVM start-up. A page that makes boilerpipe fail gets
// "text": "" and an "error" field.
//
// The bytes are decoded here, with the charset the page declares in its
// first 2 KB or else UTF-8 (as the Scrapinghub benchmark's run_boilerpipe.py
// decodes UTF-8 before calling boilerpipe): given bytes, nekohtml falls back
// to windows-1252 for pages without a <meta charset>.
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import de.l3s.boilerpipe.sax.BoilerpipeSAXInput;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xml.sax.InputSource;

public class Boilerpipe {
  static final Pattern CHARSET =
      Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)",
                      Pattern.CASE_INSENSITIVE);

  static String decode(byte[] raw) {
    String head = new String(raw, 0, Math.min(raw.length, 2048), StandardCharsets.ISO_8859_1);
    Matcher m = CHARSET.matcher(head);
    Charset charset = StandardCharsets.UTF_8;
    if (m.find()) {
      try {
        charset = Charset.forName(m.group(1));
      } catch (Exception e) {
        // unknown label: keep UTF-8
      }
    }
    return new String(raw, charset);
  }

  static String extract(byte[] raw) throws Exception {
    InputSource source = new InputSource(new StringReader(decode(raw)));
    return ArticleExtractor.INSTANCE.getText(new BoilerpipeSAXInput(source).getTextDocument());
  }

  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"': b.append("\\\""); break;
        case '\\': b.append("\\\\"); break;
        case '\n': b.append("\\n"); break;
        case '\r': b.append("\\r"); break;
        case '\t': b.append("\\t"); break;
        default:
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
      }
    }
    return b.append('"').toString();
  }

  public static void main(String[] args) throws IOException {
    List<String> files = Files.readAllLines(Paths.get(args[0]), StandardCharsets.UTF_8);
    try (Writer out = new OutputStreamWriter(Files.newOutputStream(Paths.get(args[1])),
                                             StandardCharsets.UTF_8)) {
      try {
        extract("<html><body><p>warm up</p></body></html>".getBytes(StandardCharsets.UTF_8));
      } catch (Exception e) {
        // the warm-up page only loads the classes
      }
      for (String file : files) {
        if (file.isEmpty()) continue;
        byte[] raw = Files.readAllBytes(Paths.get(file));
        String text = "";
        String error = null;
        long start = System.nanoTime();
        try {
          text = extract(raw);
          if (text == null) text = "";
        } catch (Exception | StackOverflowError e) {
          error = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.write("{\"file\":" + quote(file) + ",\"text\":" + quote(text) + ",\"seconds\":"
                  + seconds + (error == null ? "" : ",\"error\":" + quote(error)) + "}\n");
      }
    }
  }
}
