package org.majlis.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.majlis.draft.Dates.Expression;
import org.majlis.draft.Dates.Fixed;
import org.majlis.draft.Names.Match;
import org.majlis.draft.Numbers.Cited;
import org.majlis.seed.SeedFiles.AliasSpec;
import org.majlis.seed.SeedLoader;

/**
 * How the drafter reads Arabic: majlis' normalisation read per character equals the database function, names are
 * found with their clitics and the longest name wins, numbers are read with the text's separators and qualifiers, and
 * dates are fixed no more precisely than the words allow.
 */
@QuarkusTest
class DraftReadingTest {
    private static final SeedLoader.Reference REFERENCE = SeedLoader.reference(Path.of("seeds"));

    @Inject
    DataSource dataSource;

    private Connection db;
    private Folding folding;
    private Words words;

    @BeforeEach
    void connect() throws Exception {
        db = dataSource.getConnection();
        folding = new Folding(db);
        words = new Words(folding::normalise);
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private DraftText text(String body) {
        return new DraftText(body, folding);
    }

    @Test
    void theNormalisationReadCharacterByCharacterIsTheDatabaseFunction() throws Exception {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("seeds/documents")),
                Files.walk(Path.of("src/test/resources/drafts")))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        REFERENCE.organisations().forEach(o -> {
            texts.add(o.name().ar());
            texts.add(o.name().en());
            aliases(o.aliases()).forEach(texts::add);
        });
        REFERENCE.people().forEach(p -> aliases(p.aliases()).forEach(texts::add));
        REFERENCE.places().forEach(p -> texts.add(p.name().ar()));
        texts.add("  ، “آمي بوب” ٧٠٤٫١٤٢ ــ المُنَظَّمَةُ\tIOM%  ");
        try (PreparedStatement statement = db.prepareStatement("SELECT majlis_normalise(?)")) {
            for (String t : texts) {
                statement.setString(1, t);
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    assertEquals(row.getString(1), folding.normalise(t), t);
                }
            }
        }
        assertTrue(texts.size() > 60, "texts compared: " + texts.size());
    }

    private static Stream<String> aliases(List<AliasSpec> aliases) {
        return aliases == null ? Stream.empty() : aliases.stream().map(AliasSpec::text);
    }

    @Test
    void theFoldedTextKeepsTheOffsetsOfItsWords() {
        DraftText text = text("وقال السيد “عثمان بلبيسي”، رئيسُ البعثة: 704.142 مهاجرا");
        List<String> written = text.tokens.stream().map(t -> text.body.substring(t.start(), t.end())).toList();
        assertEquals(List.of("وقال", "السيد", "عثمان", "بلبيسي", "رئيسُ", "البعثة", "704", "142", "مهاجرا"), written);
        // the damma dropped by the normalisation belongs to the word it follows
        assertEquals("رئيس", text.tokens.get(4).folded());
    }

    @Test
    void namesAreFoundWithTheirCliticsAndTheLongestNameWins() {
        Names names = Names.of(REFERENCE, words);
        DraftText text = text("واستقبل رئيس بعثة المنظمة الدولية للهجرة في ليبيا خالد المازن وفدا من للمنظمة الدولية"
                + " للهجرة و وزارة الخارجية الليبية لحكومة الوفاق الوطني بطرابلس، وقال وزير الداخلية الليبية إن.");
        List<String> found = names.find(text).stream().map(m -> m.entity().key() + (m.throughTitle() ? "*" : ""))
                .toList();
        // IOM Libya, not IOM; clitics و، ل، بـ; the article dropped from a person's later word; GNA named inside the
        // ministry's longer name after ل; the minister's title names his ministry (*)
        assertEquals(List.of("iom-libya", "khaled-mazen", "iom", "mfa-gna", "gna", "tripoli",
                "ministry-interior-gnu*"), found);
    }

    @Test
    void aNewPersonIsTheNameAfterAnOfficeAndAKnownOneIsNot() {
        DraftText text = text("التقى وكيل وزارة الداخلية لشؤون الهجرة عبد الرزاق المبروك، يوم الأحد، السيدة “آمي بوب”"
                + " والمديرة الإقليمية نادية الحسيني. وأكدت الوزيرة الإيطالية عمق العلاقات الثنائية.");
        Parties parties = new Parties(text, words, Names.of(REFERENCE, words));
        List<String> proposed = parties.proposals.stream().filter(p -> p.entity().kind() == Names.Kind.PERSON)
                .map(p -> p.entity().name().ar()).toList();
        assertEquals(List.of("عبد الرزاق المبروك", "نادية الحسيني"), proposed);
        Match mabrouk = parties.mentions.stream().filter(m -> m.entity().name().ar().equals("عبد الرزاق المبروك"))
                .findFirst().orElseThrow();
        Parties.Title title = parties.titles.get(mabrouk);
        assertEquals("وكيل وزارة الداخلية لشؤون الهجرة", parties.written(title.from(), title.to()));
    }

    private List<String> numbers(String body) {
        DraftText text = text(body);
        return new Numbers(text, words).find(Set.of()).stream()
                .map(c -> c.value().toPlainString() + " " + c.qualifier()).toList();
    }

    @Test
    void numbersAreReadWithTheTextsSeparatorsAndTheirQualifiers() {
        assertEquals(List.of("704142 EXACT", "1000000 APPROXIMATE"),
                numbers("سجلت المصفوفة 704.142 مهاجرا، والعدد يقارب مليون شخص."));
        assertEquals(List.of("12500 APPROXIMATE", "2340 AT_LEAST", "1800 AT_MOST", "704.142 EXACT"),
                numbers("نحو ١٢٬٥٠٠ مهاجر، وأكثر من 2,340 لاجئا، وما لا يزيد عن ١٬٨٠٠ طفل، و٧٠٤٫١٤٢ كلم."));
        assertEquals(List.of("1500000 APPROXIMATE", "4000000 EXACT", "25 AT_LEAST", "3000 EXACT", "600 APPROXIMATE",
                        "30 AT_LEAST", "6 EXACT"),
                numbers("حوالي 1.5 مليون مهاجر و4 ملايين يورو وما لا يقل عن خمسة وعشرين ضابطا وثلاثة آلاف طالب"
                        + " وقرابة ستمائة شخص وعشرات العمال وستة فرق عمل"));
        // a year, an address and a handle are no figures; الخمس, a city, is no number
        assertEquals(List.of(), numbers("خطة عمل لسنة 2020 في الخمس، info@ncplhr.ly ncplhr2011"));
    }

    private Fixed date(String body, LocalDate published) {
        DraftText text = text(body);
        Dates dates = new Dates(text, words);
        List<Expression> found = dates.find();
        assertEquals(1, found.size(), body + ": " + found);
        return dates.fix(found.get(0), published, "given");
    }

    private static String bounds(Fixed f) {
        return f.earliest() + ".." + f.latest() + " " + f.precision() + " " + f.basis();
    }

    @Test
    void explicitDatesAreStatedInBothMonthSeriesAndInNumbers() {
        assertEquals("2020-01-20..2020-01-20 DAY STATED", bounds(date("في 20 يناير 2020، نظم", null)));
        assertEquals("2024-02-14..2024-02-14 DAY STATED", bounds(date("بنغازي - ١٤ شباط ٢٠٢٤", null)));
        assertEquals("2023-11-01..2023-11-30 MONTH STATED", bounds(date("في تشرين الثاني 2023 عقد", null)));
        assertEquals("2020-01-22..2020-01-22 DAY STATED", bounds(date("22.01.2020", null)));
        assertEquals("2023-03-05..2023-03-05 DAY STATED", bounds(date("طرابلس، 05/03/2023 - ترأس", null)));
        Fixed wrongDay = date("يوم الخميس 17 ديسمبر 2025", null);
        assertTrue(wrongDay.note().contains("is a Wednesday"), wrongDay.note());
    }

    @Test
    void relativeWordsAreResolvedOnlyAgainstAPublicationDateAndNoMorePreciselyThanTheySay() {
        LocalDate thursday = LocalDate.of(2024, 7, 11);
        assertEquals("null..null UNKNOWN INFERRED", bounds(date("اجتمع يوم الأمس الاربعاء مع", null)));
        Fixed yesterday = date("اجتمع يوم الأمس الاربعاء مع", thursday);
        assertEquals("2024-07-10..2024-07-10 DAY INFERRED", bounds(yesterday));
        assertEquals("2024-07-11..2024-07-11 DAY INFERRED", bounds(date("في وقت سابق اليوم التقى", thursday)));
        assertEquals("2024-06-01..2024-06-30 MONTH INFERRED", bounds(date("خلال الشهر الماضي", thursday)));
        assertEquals("2023-11-01..2023-11-30 MONTH INFERRED", bounds(date("أنطلق في نوفمبر الماضي", thursday)));
        assertEquals("2023-01-01..2023-12-31 YEAR INFERRED", bounds(date("في العام الماضي", thursday)));
        // last week: the seven days before this week began, whether it begins on Saturday, Sunday or Monday
        assertEquals("2024-06-29..2024-07-07 RANGE INFERRED", bounds(date("الأسبوع الماضي", thursday)));
        // a Sunday's "last Sunday" is a week before it; a weekday alone is the latest such day up to publication
        assertEquals("2023-02-26..2023-02-26 DAY INFERRED", bounds(date("الأحد الماضي", LocalDate.of(2023, 3, 5))));
        assertEquals("2024-07-10..2024-07-10 DAY INFERRED", bounds(date("اجتمع، الأربعاء، مع", thursday)));
        Fixed mismatch = date("اجتمع يوم الأمس الثلاثاء مع", thursday);
        assertTrue(mismatch.note().contains("calls it Tuesday, but that day is a Wednesday"), mismatch.note());
        assertNull(new Dates(text("اتفاقيات الأمم المتحدة"), words).find().stream().findAny().orElse(null));
    }
}
