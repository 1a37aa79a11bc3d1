package org.w3id.claimgraph.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A tiny gold set in the development-set layout, with texts written for the tests. */
public final class GoldSets {
  private GoldSets() {}

  public static final String ARTICLE_1 =
      "# source: https://example.org/one\n"
          + "# title: Leg massage and clots\n"
          + "# author: unknown\n"
          + "\n"
          + "Leg massage and clots\n"
          + "\n"
          + "Leg massage improves circulation in the legs. It also relieves leg pain.\n"
          + "Some people believe that leg massage can cause blood clots.\n";

  public static final String ARTICLE_2 =
      "# source: https://example.org/two\n"
          + "# title: When to avoid massage\n"
          + "# author: Dana Reyes\n"
          + "\n"
          + "Massage is contraindicated if you have a blood clot.\n"
          + "Research shows that massage has very little effect on blood flow.\n";

  public static final String CLAIMS =
      "file\tintervention\trelation\tcondition\thedge\tattributed_to\tquote\tnegated\n"
          + "01_one.txt\tleg massage\tbenefits\tcirculation\tcertain\tarticle\t"
          + "Leg massage improves circulation in the legs.\tno\n"
          + "01_one.txt\tleg massage\tbenefits\tleg pain\tcertain\tarticle\t"
          + "It also relieves leg pain.\tno\n"
          + "01_one.txt\tleg massage\tcauses\tblood clots\thedged\tsome people (reported)\t"
          + "Some people believe that leg massage can cause blood clots.\tno\n"
          + "02_two.txt\tmassage\tcontraindicated_for\tblood clot\tcertain\tarticle\t"
          + "Massage is contraindicated if you have a blood clot.\tno\n"
          + "02_two.txt\tmassage\tbenefits\tblood flow\tstrong\tarticle\t"
          + "Research shows that massage has very little effect on blood flow.\tyes\n";

  public static final String CONFLICTS =
      "file_a\tquote_a\tfile_b\tquote_b\twhy\n"
          + "01_one.txt\tLeg massage improves circulation in the legs.\t02_two.txt\t"
          + "Research shows that massage has very little effect on blood flow.\t"
          + "one says it improves circulation, the other that it does little\n";

  /** Writes the set into {@code dir} and returns it. */
  public static Path write(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("articles"));
    Files.writeString(dir.resolve("articles/01_one.txt"), ARTICLE_1, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("articles/02_two.txt"), ARTICLE_2, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("claims.tsv"), CLAIMS, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("conflicts.tsv"), CONFLICTS, StandardCharsets.UTF_8);
    return dir;
  }
}
