package dev.vigil.story;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Weekdays and months in the languages Vigil is used with, each read as one language-free word
 * ("mardi", "Tuesday" and "вторник" are all the second weekday), so that an item of Tuesday and one
 * of Wednesday differ by a date, as two numbers differ. A month reads as its number, so a copy that
 * writes "January 25" and one that writes "25/01" do not differ.
 */
final class CalendarWords {
  private static final Map<String, String> WORDS = new HashMap<>();

  static {
    weekdays("monday tuesday wednesday thursday friday saturday sunday");
    weekdays("lundi mardi mercredi jeudi vendredi samedi dimanche");
    weekdays("montag dienstag mittwoch donnerstag freitag samstag sonntag");
    weekdays("lunes martes miércoles jueves viernes sábado domingo");
    weekdays("lunedì martedì mercoledì giovedì venerdì sabato domenica");
    weekdays("понедельник вторник среду четверг пятницу субботу воскресенье");
    weekdays("понедельник вторник среда четверг пятница суббота воскресенье");
    weekdays("понеділок вівторок середу четвер п'ятницю суботу неділю");
    weekdays("понеділок вівторок середа четвер п'ятниця субота неділя");
    weekdays("pazartesi salı çarşamba perşembe cuma cumartesi pazar");
    weekdays("الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد");
    // "-": a word left out because it is also a common word ("may", "march", Spanish "mar").
    months("january february - april - june july august september october november december");
    months("janvier février mars avril mai juin juillet août septembre octobre novembre décembre");
    months("januar februar märz april mai juni juli august september oktober november dezember");
    months(
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre");
    months("января февраля марта апреля мая июня июля августа сентября октября ноября декабря");
    months(
        "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня");
    months("ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık");
    months("jan feb - apr - jun jul aug sep oct nov dec");
  }

  // Portuguese weekdays are "segunda-feira" to "sexta-feira"; alone, "segunda" is "second".
  private static final List<String> FEIRA =
      List.of("segunda", "terça", "quarta", "quinta", "sexta");

  private CalendarWords() {}

  /** "sexta-feira", read as two words, becomes the one word of the weekday. */
  static List<Words.Word> portugueseWeekdays(List<Words.Word> words) {
    for (int i = 0; i + 1 < words.size(); i++) {
      int day = FEIRA.indexOf(words.get(i).lower());
      if (day >= 0 && words.get(i + 1).lower().equals("feira")) {
        words.set(i, new Words.Word("weekday" + (day + 1), Facts.DATE));
        words.remove(i + 1);
      }
    }
    return words;
  }

  private static void weekdays(String names) {
    String[] n = names.split(" ");
    for (int i = 0; i < n.length; i++) WORDS.putIfAbsent(n[i], "weekday" + (i + 1));
  }

  private static void months(String names) {
    String[] n = names.split(" ");
    for (int i = 0; i < n.length; i++) {
      if (!n[i].equals("-")) WORDS.putIfAbsent(n[i], String.valueOf(i + 1));
    }
  }

  /**
   * The language-free form of a lower-case weekday ("weekday1" for Monday) or month (its number),
   * or null for any other word. "March" and "May" are months when capitalised, else the verbs.
   */
  static String of(String lower, boolean capitalised) {
    if (capitalised && lower.equals("march")) return "3";
    if (capitalised && lower.equals("may")) return "5";
    return WORDS.get(lower);
  }
}
