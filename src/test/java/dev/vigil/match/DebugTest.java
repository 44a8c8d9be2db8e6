package dev.vigil.match;
import org.junit.jupiter.api.Test;
class DebugTest {
  @Test void run() throws Exception {
    for (String t : new String[]{"Ørsted Łódź Đà Nẵng São Paulo", "Семёнов Ёлкин", "Αθήνα ΑΘΗΝΑ", "حِزْبُ اللهِ أحمد إسلام آمن مدرسة مستشفى", "ـحزبـ", "İstanbul ıstanbul", "ﬁnance Ⅳ ½", "Hezbollahs' Wagner’s", "non‐breaking – dash — em", "l'armée d’Ivoire", "C++ C# .NET", "3.5 1,000 1990s", "#Wagner @wagner_group", "COVID-19 covid19"}) {
      System.out.println(t + " => " + VigilAnalyzerTest.tokens(VigilAnalyzer.forIndex(), "content", t));
    }
  }
}
