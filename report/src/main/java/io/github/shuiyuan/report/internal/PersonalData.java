package io.github.shuiyuan.report.internal;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.Person;
import io.github.shuiyuan.core.Unit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes personal data out of free text that is published (the disclosure, the ledger): the names of the case
 * file's people, 18-digit ID numbers, mobile numbers and landline numbers other than the publisher's public
 * phone each become {@code ＊＊}. What is not personal (organisations, places, amounts, dates) stays as written.
 */
public final class PersonalData {

    /** What a removed item reads as. */
    public static final String MASK = "＊＊";

    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[0-9Xx](?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile("(?<![\\d.])(?:\\+?86[-\\s]?)?1[3-9]\\d[-\\s]?\\d{4}[-\\s]?\\d{4}(?![\\d.])");
    private static final Pattern LANDLINE = Pattern.compile(
            "(?<![\\d.])(?:[(（]0\\d{2,3}[)）]\\s?|0\\d{2,3}[-\\s]?)?[2-9]\\d{6,7}(?:[-转]\\d{1,4})?(?![\\d.])");

    private final List<String> names;
    private final String keptPhoneDigits;

    private PersonalData(List<String> names, String keptPhone) {
        this.names = names;
        this.keptPhoneDigits = keptPhone == null ? null : digits(keptPhone);
    }

    /**
     * The scrubber for what a case file publishes: its people's names (longest first, so that a name holding
     * another goes whole), keeping the publisher's public phone (the campaign's report recipient unit's).
     */
    public static PersonalData of(CaseFile caseFile) {
        List<String> names = caseFile.people().stream()
                .map(Person::name)
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(n -> n.length() >= 2)
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
        return new PersonalData(names, publicPhone(caseFile));
    }

    /** The publisher's public phone: the campaign's report recipient unit's {@code publicPhone}; null when none. */
    public static String publicPhone(CaseFile caseFile) {
        if (caseFile.campaign() == null || caseFile.campaign().reportRecipientUnitId() == null) {
            return null;
        }
        return caseFile.unit(caseFile.campaign().reportRecipientUnitId()).map(Unit::publicPhone)
                .filter(p -> !p.isBlank()).orElse(null);
    }

    /** The text with personal data replaced by {@link #MASK}; null stays null. */
    public String scrub(String text) {
        if (text == null) {
            return null;
        }
        String out = ID_NUMBER.matcher(text).replaceAll(MASK);
        out = MOBILE.matcher(out).replaceAll(MASK);
        out = replaceLandlines(out);
        for (String name : names) {
            out = out.replace(name, MASK);
        }
        return out;
    }

    private String replaceLandlines(String text) {
        Matcher m = LANDLINE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            boolean kept = keptPhoneDigits != null && digits(m.group()).equals(keptPhoneDigits);
            m.appendReplacement(out, Matcher.quoteReplacement(kept ? m.group() : MASK));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String digits(String phone) {
        return phone.replaceAll("\\D", "");
    }
}
