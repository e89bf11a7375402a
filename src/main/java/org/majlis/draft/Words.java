package org.majlis.draft;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Arabic words the drafter reads: titles, meeting verbs, role phrases, months and weekdays, number words and
 * qualifiers. Written as a reader writes them; kept in majlis' normalised form ({@link Folding}), so that أ/ا, ة/ه
 * and diacritics do not matter. A word is listed without clitics (و، ب، ل، ال): {@link DraftText.Token#is} strips them.
 */
final class Words {
    /** Titles of address before a name; not an office. */
    final Set<String> honorifics;
    /** Words that open an office held by a person: وزير، رئيس، مدير، سفير، وكيل … */
    final Set<String> offices;
    /** Words that open the name of a body: وزارة، هيئة، جهاز، مجلس، منظمة … */
    final Set<String> bodies;
    /** Nouns that continue a title or a body's name without the article: شؤون، قسم، أعمال … */
    final Set<String> titleNouns;
    /** Function words that end a name or a title. */
    final Set<String> stops;
    final Set<String> speechVerbs;
    /** Verbs that report a meeting between the parties they name: اجتمع، التقى، استقبل. */
    final Set<String> meetVerbs;
    /** بحث reports a meeting when مع follows in the sentence. */
    final Set<String> discussVerbs;
    /** أجرى reports one when a meeting noun follows. */
    final Set<String> holdVerbs;
    /** Verbs that report taking part in a meeting already named, or organising or chairing one. */
    final Set<String> convenedVerbs;
    final Set<String> attendVerbs;
    final Set<String> chairVerbs;
    final Set<String> organiseWords;
    final Set<String> meetingNouns;
    final Set<String> relatives;
    final Set<String> fundingPhrases;
    final Set<String> implementingWords;
    final Set<String> attendancePhrases;
    final Set<String> contactPhrases;
    final Set<String> venueNouns;
    final Map<String, Integer> months;
    final Map<String, DayOfWeek> weekdays;
    /** Days from the publication date: اليوم 0, أمس −1 … */
    final Map<String, Integer> relativeDays;
    final Set<String> past;
    final Set<String> next;
    final Set<String> current;
    final String week;
    final String month;
    final Set<String> year;
    final String day;
    /** Words after which a date is not when something happened (منذ since, حتى until). */
    final Set<String> notWhen;
    final Map<String, Long> units;
    final Map<String, Long> tens;
    final Map<String, Long> hundreds;
    final Map<String, Long> scales;
    /** عشرات، مئات، آلاف: at least three tens, hundreds, thousands (an Arabic plural counts three or more). */
    final Map<String, Long> vaguePlurals;
    final String teen;
    /** Qualifier phrases, longest first. */
    final Map<List<String>, String> qualifiers;
    final Set<String> estimates;
    final Set<String> attributions;
    final Set<String> producerVerbs;
    /** The stem of a counted noun and what one unit is. */
    final Map<String, String> unitStems;
    final String and;
    final String with;
    final String in;
    final Set<String> at;
    final String not;
    final String coChair;
    final String chairOffice;
    final String delegation;
    final String ministry;
    final Set<String> minister;

    private final Function<String, String> fold;

    Words(Function<String, String> fold) {
        this.fold = fold;
        honorifics = set("السيد السيدة الأستاذ الأستاذة الدكتور الدكتورة المهندس المهندسة العقيد اللواء العميد النقيب"
                + " الرائد الشيخ الحاج معالي سعادة");
        offices = set("وزير وزيرة رئيس رئيسة مدير مديرة سفير سفيرة وكيل وكيلة نائب نائبة منسق منسقة مسؤول مسؤولة"
                + " ممثل ممثلة مبعوث مبعوثة المكلف المكلفة مستشار مستشارة أمين أمينة قنصل عميد عميدة محافظ قائد"
                + " الناطق المتحدث مفوض مفوضة مندوب مندوبة ملحق");
        bodies = set("وزارة هيئة جهاز مجلس منظمة بعثة مركز فريق لجنة مفوضية سفارة مكتب جمعية مؤسسة وكالة اتحاد"
                + " برنامج صندوق مصلحة بلدية قنصلية حكومة مديرية رابطة نقابة محكمة مصرف جامعة");
        titleNouns = set("شؤون قسم عمليات أعمال بتسيير تسيير جمهورية دولة عام مشارك خاص اتصال مشروع إدارة");
        stops = set("في مع من إلى الى على عن لدى خلال أن إن بأن الذي التي الذين حيث قائلا قائلة بحضور برئاسة بمشاركة"
                + " منذ بعد قبل حول ضمن بين عبر كما قد وقد لقد هذا هذه ذلك تلك كذلك بالاضافة إضافة أيضا أي ثم فيما"
                + " بينما لكن غير وفق حسب بحسب الممول الممولة يموله");
        speechVerbs = set("قال قالت أشاد أشادت شدد شددت أبرز أبرزت أكد أكدت أوضح أوضحت أشار أشارت صرح صرحت أضاف أضافت"
                + " دعا دعت ثمن ثمنت أعرب أعربت لفت لفتت اعتبر اعتبرت نوه نوهت أفاد أفادت مؤكدا مؤكدة مشيرا مشيرة");
        meetVerbs = set("اجتمع اجتمعت اجتمعا يجتمع تجتمع التقى التقت التقيا يلتقي تلتقي استقبل استقبلت يستقبل تستقبل");
        discussVerbs = set("بحث بحثت يبحث تبحث");
        holdVerbs = set("أجرى أجرت يجري تجري");
        convenedVerbs = set("عقد عقدت يعقد تعقد انعقد انعقدت");
        attendVerbs = set("حضر حضرت يحضر تحضر شارك شاركت يشارك تشارك تشاركت");
        chairVerbs = set("ترأس ترأست يترأس تترأس");
        organiseWords = set("نظم نظمت نظمته نظمها ينظم تنظم بتنظيم");
        relatives = set("الذي التي");
        meetingNouns = set("اجتماع اجتماعا اجتماعات لقاء لقاءا مباحثات محادثات جلسة ورشة مؤتمر ندوة منتدى دورة قمة");
        fundingPhrases = set("الممول الممولة بتمويل يموله تموله يمولها ممول");
        implementingWords = set("ينفذه تنفذه ينفذها تنفذها بتنفيذ المنفذ");
        attendancePhrases = set("بحضور بمشاركة ممثلين ممثلون وفد وفدا");
        contactPhrases = set("الاتصال للتواصل التواصل المعلومات");
        venueNouns = set("مقر ديوان فندق قاعة مبنى قصر");
        months = new LinkedHashMap<>();
        map(months, "يناير جانفي", 1);
        map(months, "فبراير فيفري", 2);
        map(months, "مارس", 3);
        map(months, "أبريل إبريل أفريل", 4);
        map(months, "مايو ماي", 5);
        map(months, "يونيو يونيه جوان", 6);
        map(months, "يوليو يوليه جويلية", 7);
        map(months, "أغسطس أوت", 8);
        map(months, "سبتمبر", 9);
        map(months, "أكتوبر", 10);
        map(months, "نوفمبر", 11);
        map(months, "ديسمبر", 12);
        // the Syriac series (كانون الثاني …): two-word names are kept as "كانون الثاني"
        map(months, "شباط", 2);
        map(months, "آذار", 3);
        map(months, "نيسان", 4);
        map(months, "أيار", 5);
        map(months, "حزيران", 6);
        map(months, "تموز", 7);
        map(months, "آب", 8);
        map(months, "أيلول", 9);
        months.put(fold.apply("كانون الثاني"), 1);
        months.put(fold.apply("تشرين الأول"), 10);
        months.put(fold.apply("تشرين الثاني"), 11);
        months.put(fold.apply("كانون الأول"), 12);
        weekdays = new HashMap<>();
        weekdays.put(fold.apply("الاثنين"), DayOfWeek.MONDAY);
        weekdays.put(fold.apply("الإثنين"), DayOfWeek.MONDAY);
        weekdays.put(fold.apply("الثلاثاء"), DayOfWeek.TUESDAY);
        weekdays.put(fold.apply("الأربعاء"), DayOfWeek.WEDNESDAY);
        weekdays.put(fold.apply("الخميس"), DayOfWeek.THURSDAY);
        weekdays.put(fold.apply("الجمعة"), DayOfWeek.FRIDAY);
        weekdays.put(fold.apply("السبت"), DayOfWeek.SATURDAY);
        weekdays.put(fold.apply("الأحد"), DayOfWeek.SUNDAY);
        relativeDays = new HashMap<>();
        map(relativeDays, "اليوم", 0);
        map(relativeDays, "أمس الأمس البارحة", -1);
        map(relativeDays, "غدا", 1);
        past = set("الماضي الماضية المنصرم المنصرمة السابق");
        next = set("المقبل المقبلة القادم القادمة");
        current = set("الجاري الجارية الحالي الحالية");
        week = fold.apply("الأسبوع");
        month = fold.apply("الشهر");
        year = set("العام السنة");
        day = fold.apply("يوم");
        notWhen = set("منذ حتى بحلول");
        units = numbers(2, 1, "اثنان اثنين اثنتان اثنتين", "ثلاث ثلاثة", "أربع أربعة", "خمس خمسة", "ست ستة", "سبع سبعة",
                "ثمان ثماني ثمانية", "تسع تسعة", "عشر عشرة");
        tens = numbers(20, 10, "عشرون عشرين", "ثلاثون ثلاثين", "أربعون أربعين", "خمسون خمسين", "ستون ستين", "سبعون سبعين",
                "ثمانون ثمانين", "تسعون تسعين");
        hundreds = new HashMap<>();
        map(hundreds, "مائة مئة", 100L);
        map(hundreds, "مئتان مئتين مائتان مائتين", 200L);
        String[] hundredUnits = {"ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"};
        for (int i = 0; i < hundredUnits.length; i++) {
            map(hundreds, hundredUnits[i] + "مائة " + hundredUnits[i] + "مئة", (i + 3) * 100L);
        }
        scales = new HashMap<>();
        map(scales, "ألف آلاف ألفا", 1_000L);
        map(scales, "مليون ملايين", 1_000_000L);
        map(scales, "مليار مليارات", 1_000_000_000L);
        vaguePlurals = new HashMap<>();
        map(vaguePlurals, "عشرات", 30L);
        map(vaguePlurals, "مئات", 300L);
        map(vaguePlurals, "آلاف", 3_000L);
        teen = fold.apply("عشر");
        qualifiers = new LinkedHashMap<>();
        for (String[] q : new String[][] {
                {"ما لا يقل عن", "AT_LEAST"}, {"ما لا يقل على", "AT_LEAST"}, {"لا يقل عن", "AT_LEAST"},
                {"ما لا يزيد عن", "AT_MOST"}, {"ما لا يزيد على", "AT_MOST"}, {"لا يزيد عن", "AT_MOST"},
                {"ما لا يتجاوز", "AT_MOST"}, {"لا يتجاوز", "AT_MOST"}, {"بحد أقصى", "AT_MOST"},
                {"ما يزيد عن", "AT_LEAST"}, {"ما يزيد على", "AT_LEAST"}, {"يزيد عن", "AT_LEAST"},
                {"يزيد على", "AT_LEAST"}, {"ما يربو على", "AT_LEAST"}, {"أكثر من", "AT_LEAST"},
                {"أزيد من", "AT_LEAST"}, {"يتجاوز", "AT_LEAST"}, {"يفوق", "AT_LEAST"},
                {"أقل من", "AT_MOST"},
                {"ما يقارب", "APPROXIMATE"}, {"ما يناهز", "APPROXIMATE"}, {"في حدود", "APPROXIMATE"},
                {"حوالي", "APPROXIMATE"}, {"حوالى", "APPROXIMATE"}, {"نحو", "APPROXIMATE"},
                {"قرابة", "APPROXIMATE"}, {"زهاء", "APPROXIMATE"}, {"يقارب", "APPROXIMATE"},
                {"تقارب", "APPROXIMATE"}, {"يناهز", "APPROXIMATE"}}) {
            qualifiers.put(List.of(fold.apply(q[0]).split(" ")), q[1]);
        }
        estimates = set("تقديرات التقديرات تقدير يقدر تقدر يقدرون المقدر المقدرة");
        attributions = set("وفق وفقا حسب بحسب طبقا");
        producerVerbs = set("سجل سجلت رصد رصدت أحصى أحصت وثق وثقت أفاد أفادت ذكر ذكرت أعلن أعلنت قدر قدرت كشف كشفت"
                + " عرض عرضت أظهر أظهرت");
        unitStems = new LinkedHashMap<>();
        for (String stem : "مهاجر شخص أشخاص مشارك لاجئ نازح ضابط عامل عمال طفل أطفال امرأة نساء رجل رجال طالب مواطن"
                .split(" ")) {
            unitStems.put(fold.apply(stem), "person");
        }
        for (String stem : "عائد قاصر مسافر موظف متدرب ناج ضحايا ضحية".split(" ")) {
            unitStems.put(fold.apply(stem), "person");
        }
        unitStems.put(fold.apply("منظم"), "organisation");
        unitStems.put(fold.apply("جنسي"), "nationality");
        unitStems.put(fold.apply("تصريح"), "permit");
        unitStems.put(fold.apply("تصاريح"), "permit");
        unitStems.put(fold.apply("حالة"), "case");
        unitStems.put(fold.apply("حالات"), "case");
        unitStems.put(fold.apply("فرق"), "working group");
        unitStems.put(fold.apply("يورو"), "euro");
        unitStems.put(fold.apply("دولار"), "US dollar");
        unitStems.put(fold.apply("دينار"), "Libyan dinar");
        unitStems.put(fold.apply("مركز"), "centre");
        unitStems.put(fold.apply("مراكز"), "centre");
        unitStems.put(fold.apply("قارب"), "boat");
        unitStems.put(fold.apply("رحلة"), "flight");
        and = "و";
        with = fold.apply("مع");
        in = fold.apply("في");
        at = set("في لدى");
        not = fold.apply("غير");
        coChair = fold.apply("المشارك");
        chairOffice = fold.apply("رئيس");
        delegation = fold.apply("وفد");
        ministry = fold.apply("وزارة");
        minister = set("وزير وزيرة");
    }

    String fold(String word) {
        return fold.apply(word);
    }

    /** Number words by value: the spellings of {@code first}, then of {@code first + step} … */
    private Map<String, Long> numbers(long first, long step, String... spellings) {
        Map<String, Long> table = new HashMap<>();
        for (int i = 0; i < spellings.length; i++) {
            map(table, spellings[i], first + i * step);
        }
        return table;
    }

    private Set<String> set(String words) {
        return Arrays.stream(words.split(" ")).map(fold).collect(Collectors.toUnmodifiableSet());
    }

    private <V> void map(Map<String, V> map, String words, V value) {
        for (String word : words.split(" ")) {
            map.put(fold.apply(word), value);
        }
    }
}
