"""Arabic (Egyptian, Levantine, Gulf, MSA) and Arabizi: crisis and danger phrases, with the idioms,
negations, stories and past that look like them.

Arabic script is seen normalised (أ إ آ -> ا, ى -> ي, ة -> ه, ؤ -> و, ئ -> ي, no harakat,
doubled letters single); Arabizi keeps its digits (2 3 5 6 7 8 9) and is written here with
doubled letters single ("amot")."""

from core.safety.recognizer import Recognizer, Rule

_WIN5 = "(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
# --- Arabic script building blocks
# A wish or decision in any dialect: Egyptian عايز, Levantine بدي, Gulf ودي/ابي/ابغي, MSA اريد.
_A_WISH = (
    "(?:عايز|عايزه|عاوز|عاوزه|بدي|ودي|ابي|ابغي|ابغا|اريد|اريد ان|نفسي|حابب|حابه|محتاج|محتاجه|قررت"
    "|ناوي|ناويه"
    "|اتمني|بتمني|حاسس اني عايز|نفسي بجد)"
)
_A_SELF = "(?:نفسي|حالي|روحي)"
_A_KIDS = "(?:ال)?(?:عيال|ولاد|اولاد|اطفال|بنتي|ابني|ولادي|عيالي|اطفالي|البنت|الولد|بناتي|ابنائي)"
# Family, friends and chores whose "he'll kill me" is a figure of speech.
_A_TEASER = (
    "(?:امي|ماما|مامتي|ابويا|بابا|ابوي|ابي|اختي|اخويا|اخوي|اخي|جدتي|تيتا|ستي|المدير|مديري|الشغل"
    "|الحر|الجوع|البرد"
    "|المذاكره|الامتحان|الامتحانات|الدراسه|الضحك|التعب|الملل|صاحبتي|صاحبي|صحبتي|الدكتور|المدرس"
    "|الاستاذ|الدوام"
    "|الجامعه|المدرسه|الواجب)"
)
_A_KILLS_ME = "[^ ]*(?:قتلني|قتلتني|موتني|دبحني|دبحتني|ذبحني|ذبحتني|خنقني|خنقتني)"
_A_STORY = (
    "(?:ال|بال|فال|في ال|وال|لل|ف|في)?(?:فيلم|افلام|مسلسل|حلقه|روايه|كتاب|اغنيه|اغاني|خبر|اخبار"
    "|مقال|فيديو|انمي"
    "|لعبه|بطل|بطله|شخصيه|قصه|جريده|برنامج|نتفليكس|كرتون|مسرحيه|دراما)"
)
_A_STUDY = (
    "(?:بحث|البحث|ماجستير|رسالتي|محاضره|المحاضره|كورس|ورشه|الورشه|تدريب|التدريب|متطوع[^ ]*"
    "|خط المساعده|خط الدعم"
    "|الخط الساخن|احصائيات|الوقايه|توعيه|التوعيه|مريض[^ ]*|المرضي|المستشفي|الطوارئ|الشيفت|شيفت"
    "|ممرض[^ ]*"
    "|بكتب عن|مقال عن|بحضر|عرض تقديمي|علم النفس|ابحاث)"
)
_A_PAST_START = (
    "(?:فكرت|حاولت|زمان|من زمان|قبل كده|قبل هيك|في الماضي|لما كنت|وانا صغير[^ ]*|كنت"
    "|من (?:[^ ]+ )?(?:سنه|سنتين|سنين|سنوات|شهور|اشهر))"
)
_A_PAST_END = (
    "(?<!مش )(?<!ما )(?<!مو )(?:كويس[^ ]*|الحمد لله|الحمدلله|تمام|منيح[^ ]*|بخير|احسن|مبسوط[^ ]*"
    "|ساعدني|ساعدتني|عدت|اتعالجت|تعافيت|بضحك"
    "|بدحك|ماشي الحال|كله تمام|تخطيت)"
)
# --- Arabizi building blocks (typed as is, doubled letters single)
_Z_WISH = (
    "(?:3ayez|3ayz|3ayza|3aiz|3aiza|3awz|3awza|3ayzah|bade|badi|bdi|bidi|bedi|abi|abgha|abghi|ab8a"
    "|ab8i|areed|arid"
    "|nefsi|nfsi|nfsy|nefsy|nifsi|nafsi|wdi|widi|atmana|2arart|2rart|arart|nawi|nawya|mestani"
    "|7abeb|habeb)"
)
_Z_DIE = "(?:a?mot|amout|mout|amut)"
_Z_SELF = "(?:nafs[iye]|nafsee|7al[iye]|ro7[iy])"
_Z_NOT = "(?:msh|mesh|mish|mush|mosh|mch|ma|la|mo|mb|mabadi|mabade|mabi|mabdi|mabde|mabghi|lan)"
_Z_KIDS = (
    "(?:el ?)?(?:wlad|welad|awlad|3eyal|3yal|atfal|3iyal|bent[iy]|ebn[iy]|2bn[iy]|wlad[iy]"
    "|3eyal[iy])"
)
_Z_KILLS_ME = (
    "[^ ]*(?:(?:2|k|q)t[eoiu]?l(?:et|at)?n[iy]|maw[ae]?t(?:et)?n[iy]|d[ae]?b[ae]?7(?:et|at)?n[iy])"
)
_Z_TEASER = (
    "(?:mama|mamti|mami|omi|2omi|omy|2omy|baba|babi|abuya|aboya|abui|ukhti|o5ti|okhti|ekhti|a5oya"
    "|akhoya|a5uya"
    "|5alti|3amti|teta|geda|el modir|modiri|el bos|el shoghl|el shogl|shoghl|el 7ar|el gou3|el go3"
    "|el da7k"
    "|el emte7an|el emt7an|emte7an|el mozakra|el bard|el ta3ab|el kalam|sa7bti|sa7beti|sa7bet[iy]"
    "|sa7bi|el doctor"
    "|el mudares|el gam3a|el dawam)"
)
_Z_STORY = (
    "(?:film|flm|mosalsal|mslsl|episode|7al2a|riwaya|ketab|kitab|oghnia|oghnya|ughnia|song|5abar"
    "|khabar|news|game"
    "|video|anime|serie|series|movie|netflix|13 reasons|drama|bal game|fel game)"
)
_Z_STUDY = (
    "(?:research|ba7s|ba7th|mo7adra|m7adra|lecture|course|workshop|presentation|assignment|essay"
    "|thesis|psychology"
    "|tadrib|hotline|volunteer|motatawe3|motatw3a|el mostashfa|patient|mari[d]|3ayana|statistics"
    "|e7sa2eyat)"
)
_Z_PAST_START = (
    "(?:zaman|men zaman|men sana|mn sana|men sanaten|mn santen|men snin|2abl kda|abl kda|2abl keda"
    "|lama kont|ba3d awel|kont|kunt)"
)
_Z_PAST_END = (
    "(?<!msh )(?<!mesh )(?<!mish )(?<!mosh )(?<!ma )(?:kwayes[^ ]*|kwys[^ ]*|tamam|el7amdolelah"
    "|el 7amdolelah|7amdelah|hamdelah|mni7[^ ]*|ba5ir|a7san|mabsot[^ ]*"
    "|bada7ak|bad7ak|ma 3meltha|ma 3amaltha|ma3meltha|et3alegt|3adet)"
)

RECOGNIZER = Recognizer(
    lang="ar",
    reads_digits_as_typed=True,
    rules=(
        # ===== Arabic script =====
        # --- suicidal
        Rule("suicidal", "[^ ]*نتح(?:ر|ار)[^ ]*"),
        Rule(
            "suicidal",
            f"[^ ]*(?:قتل|موت|ذبح|دبح|شنق|خلص علي|خلص علي) {_A_SELF}|انشنق|بنشنق|هنشنق",
        ),
        Rule(
            "suicidal",
            f"[^ ]*(?:خلص|خلص) (?:على|علي|ع|عل) (?:{_A_SELF}|حياتي)|(?:[^ ]*نهي|انهاء"
            "|[^ ]*خلص من) (?:حياتي|عمري)"
            "|(?:حدا|حد|نهايه) لحياتي|[^ ]*خلص من (?:حياتي|عمري|هالحياه|الحياه|الدنيا|هالدنيا"
            "|هالعيشه|العيشه|هالعمر)",
        ),
        Rule(
            "suicidal",
            f"{_A_WISH} (?:ان )?ا?موت|(?:اتمني|ابي|ابغي|عايز|عايزه|نفسي في|بتمني|اريد) الموت",
        ),
        Rule(
            "suicidal",
            "(?:[^ ]*رمي|[^ ]*نط|[^ ]*قفز|[^ ]*نطيت|[^ ]*رميت) (?:نفسي |حالي |روحي )?(?:من"
            "|م) (?:ال)?(?:شباك|سطح|بلكونه"
            "|بلكون|كوبري|جسر|دور|عماره|برج|فوق|بنايه|شرفه)|(?:[^ ]*رمي|[^ ]*رميت) (?:نفسي|حالي"
            "|روحي)(?: [^ ]+)?"
            " (?:قدام|تحت|في|ف) (?:ال)?(?:عربيه|قطر|مترو|سياره|بحر|نيل|نهر)",
        ),
        Rule("suicidal", "[^ ]*قطع (?:في )?(?:شرايين[^ ]*|شرياني|عروقي|شراييني)"),
        # --- passive
        Rule("passive", "(?:بفكر|افكر|بفكر|افكار|تفكير) (?:في |ب|بال)?(?:ال)?موت"),
        Rule("passive", "[^ ]*نام (?:و ?)?(?:ما ?|م|مش ?|لا ?|ولا ?)(?:ا|ن)?(?:صح|فيق|قوم)[^ ]*"),
        Rule(
            "passive",
            "(?:يا ?ريت[^ ]*|ليتني|يا ليتني) (?:ما|لم|مش) (?:ات|ان|ا)?(?:ولدت|خلقت|اتخلقت|جيت)"
            "|(?:يا ?ريت[^ ]*|ليتني|يا ليتني) (?:مت|ميت|اموت|موت)",
        ),
        Rule(
            "passive",
            "(?:يا ?رب|ربنا|يا الله|يالله) (?:[^ ]+ )?(?:تاخدني|خدني|ياخدني|تاخذني|خذني|ياخذني"
            "|تاخد روحي|خد روحي"
            "|تقبضني|اقبض روحي|يقبض روحي|اموت|موتني|تموتني|يموتني)",
        ),
        Rule(
            "passive",
            "(?:تمنيت|اتمني|بتمني|ياريت|يا ريت)(?: [^ ]+)? (?:لو )?(?:اني |انا )?(?:مت|اموت|موت"
            "|ميت|ميته)",
        ),
        Rule(
            "passive",
            "[^ ]*ختف[^ ]* (?:[^ ]+ )?(?:للابد|من الدنيا|عن الدنيا|من الوجود|من العالم|خالص|نهائي"
            "|عن الوجود)",
        ),
        Rule("passive", f"{_A_WISH} (?:ان )?ا?ختفي", ask=True),
        Rule(
            "passive",
            "مش (?:عايز|عايزه|عاوز|عاوزه|حابب|حابه) (?:ا|ن)?عيش|(?:ما|مو|مب|لا) (?:بدي|ابي|ابغي"
            "|اريد|اريد ان|ودي|حابب"
            "|حابه) (?:ا|ن)?عيش|(?:مابدي|مابي|مابغي|مبغي|ماودي|مبقتش عايز[^ ]*) (?:ا|ن)?عيش",
        ),
        Rule(
            "passive",
            "(?:الكل|كلهم|كل الناس|اهلي|الناس|العالم|الدنيا) (?:[^ ]+ )?(?:هيرتاح[^ ]*|حيرتاح[^ ]*"
            "|رح يرتاح[^ ]*|بيرتاح[^ ]*"
            "|يرتاح[^ ]*|هتبقي احسن|احسن|افضل|ارتاح)(?: [^ ]+)? (?:مني|من غيري|بدوني|من دوني"
            "|بغيابي|لو مت|لما اموت)"
            "|(?:لو|لما|اذا) (?:مت|اموت|رحت|اختفيت)(?: [^ ]+)? (?:محدش|ماحد|محد|ما حد|ولا حد"
            "|حد) (?:[^ ]+ )?(?:هيزعل"
            "|هيفتقدني|هيحس|هيلاحظ|بيزعل|رح يزعل|يفتقدني|يهتم)|(?:محدش|ماحد|محد|ما حد) (?:هيفتقدني"
            "|هيزعل|هيحس بيا"
            "|هيلاحظ|حيفتقدني|رح يفتقدني|بيفتقدني)(?: [^ ]+)? (?:لو|لما|اذا) (?:مت|اموت|اختفيت"
            "|رحت)",
        ),
        Rule(
            "passive",
            "(?:تعبت|زهقت|مليت|كرهت|طهقت|قرفت|سئمت) (?:من )?(?:ال)?(?:حياه|عيشه|دنيا)"
            "|(?:ال)?حياه (?:ملهاش|مالها|ما لها)"
            " (?:معني|لازمه)|(?:مفيش|ما في|مافي|لا) معني (?:للحياه|لحياتي)|مش (?:قادر|قادره) (?:ا"
            "|ن)?(?:عيش|كمل)|(?:ما ?عاد|ماعاد) فيني|مفيش فايده|ما في امل|مافي امل",
            ask=True,
        ),
        # --- plan
        Rule(
            "plan",
            "(?:[^ ]*بلعت|ابتلعت|هبلع|حبلع|ببلع|ابلع|اشرب|هشرب|شربت|اخدت|خدت|اكلت|تناولت|اخذت"
            "|خذيت) (?:[^ ]+ )?"
            "(?:كل|علبه|علبت|شريط|شريطين|كميه|كتير|عشرين|[0-9]+"
            "|ظرف)(?: [^ ]+)?(?: [^ ]+)? (?:ال)?(?:حبوب|حبايات"
            "|حبيات|برشام|دوا|دواء|ادويه|اقراص|حبات|منوم|مهدي|بنادول|emj_pill)",
        ),
        Rule(
            "plan",
            "(?:ال)?(?:حبوب|برشام|اقراص|منوم|دوا)(?: [^ ]+)? (?:قدامي|جنبي|معايا|في ايدي|بايدي)"
            "|[^ ]*(?:شرب|بلع|اخد|خد)(?:ها|هم|هن) (?:كلها|كلهم|كلهن|مره وحده|مره واحده)",
        ),
        Rule(
            "plan",
            "(?:[^ ]*بلعت|ابتلعت|هبلع|حبلع|ببلع|ابلع) (?:[^ ]+ )?(?:[^ ]+ )?(?:ال)?(?:حبوب|حبايات"
            "|برشام|اقراص|منوم|emj_pill)",
        ),
        Rule(
            "plan",
            "(?:ال)?(?:حبوب|برشام|اقراص|دوا|منوم|emj_pill)(?: [^ ]+)?(?: [^ ]+)? (?:كفايه|تكفي"
            "|عشان اموت|علشان اموت"
            "|لو بلعتها|اذا بلعتها|لو شربتها)",
        ),
        Rule(
            "plan",
            "واقف[^ ]* (?:على|ع|فوق|في) (?:ال)?(?:سطح|سطوح|كوبري|جسر|حافه|حرف|سور)"
            "|انا (?:هلا |دلوقتي |الحين |هسه |حاليا )?(?:على|ع|فوق) (?:ال)?(?:سطح|كوبري|جسر|حافه)",
        ),
        Rule(
            "plan",
            "(?:دي|هذه|هذي|هاي|هيدي|ده|دا|هاذي) (?:ا)?خر رساله|رسالتي الاخيره|رساله (?:ال)?وداع"
            "|(?:ا)?خر رساله"
            " (?:مني|ليكم|لكم|ليك)|سامحوني (?:على|ع|عن|يا) (?:كل|كلو)|سامحوني كلكم|بودعكم"
            "|وداعا (?:للجميع|يا دنيا)",
        ),
        Rule(
            "plan",
            "(?:جبت|اشتريت|شريت|جهزت|عندي|معايا|معي|حضرت) (?:ال)?حبل|(?:ال)?حبل (?:جاهز|جهز|معايا"
            "|معي)",
        ),
        Rule(
            "plan",
            "(?:مش|ما|مو|لن) (?:ه|ح|رح |راح )?(?:تشوفوني|تشوفني|اكون موجود[^ ]*"
            "|تسمعوا صوتي)(?: [^ ]+)? (?:تاني|تانيه"
            "|بعد اليوم|بعد الليله|ابدا|بعد كده)",
        ),
        Rule("plan", "جرعه (?:زايده|زائده)|اوفر ?دوز|emj_rope|emj_pill emj_pill", ask=True),
        # --- self_harm
        Rule(
            "self_harm",
            "[^ ]*جرح(?:ت)? (?:نفسي|حالي|روحي|ايدي|ايديا|دراعي|رجلي|معصمي|جسمي|بطني|فخدي|زندي)",
        ),
        Rule("self_harm", "[^ ]*(?:حرق|حرقت|كوي|كويت) (?:نفسي|حالي|ايدي|جلدي|جسمي|دراعي)"),
        Rule(
            "self_harm",
            f"[^ ]*(?:ضرب|ضربت) {_A_SELF}|[^ ]*(?:خبط|ضرب)[^ ]* (?:راسي|دماغي) (?:في|ف"
            "|بال)(?:ال)?(?:حيط[^ ]*|حائط|جدار)",
        ),
        Rule("self_harm", f"[^ ]*(?:اذي|اذيت|يذي) {_A_SELF}|ايذاء (?:النفس|الذات|نفسي)|اذيه النفس"),
        Rule(
            "self_harm",
            "(?:ال)?(?:موس|موسي|شفره|شفرات|امواس|كتر|مشرط)(?: [^ ]+)? (?:جنبي|معايا|معي|في ايدي"
            "|بايدي|قدامي|جمبي)",
        ),
        Rule("self_harm", "(?:قطعت|بقطع|اقطع|هقطع|شرحت|بشرح) (?:في )?(?:ايدي|دراعي|جلدي|رجلي)"),
        # --- other_at_risk
        Rule(
            "other_at_risk",
            "[^ ]*(?:قتل|موت|اذي|جرح|حرق|شنق|ضرب|خلص علي|خلص على) (?:نفسه|نفسها|حاله|حالها|روحه"
            "|روحها)",
        ),
        Rule(
            "other_at_risk",
            "(?:مش|ما|مو|لا|مب) (?:عايز|عايزه|عاوز|عاوزه|بدو|بدها|يبي|تبي|يبغي|تبغي|يريد|تريد|حابب"
            "|حابه) (?:ي|ت)عيش"
            "|(?:عايز|عايزه|عاوز|عاوزه|بدو|بدها|يبي|تبي|يريد|تريد|ناوي|ناويه) (?:ي|ت)موت",
        ),
        # --- danger
        Rule(
            "danger",
            "[^ ]*(?:ه|ح|رح |راح |بدو |يبي |ناوي |بي|ي|ت)?(?:قتلني|قتلتني|دبحني|دبحتني|ذبحني"
            "|ذبحتني|خنقني|خنقتني)",
        ),
        Rule("danger", "(?:هي|حي|هت|حت|ي|بي)موتني"),
        Rule("danger", "(?:ه|ح|رح ا|راح ا|بدي ا|ا|س|سا)(?:قتلك|موتك|دبحك|ذبحك)"),
        Rule(
            "danger",
            "(?:و|ف)?(?:هددني|هددتني|بيهددني|بتهددني|يهددني|تهددني|هددنا|هدد|بيهدد|يهدد|طلع|طلعلي"
            "|مسك|ماسك|رفع|شهر|جاب"
            "|وجه|لوح|لوحلي|حمل)[^ ]* (?:[^ ]+ )?(?:[^ ]+ )?(?:ب|بال|ال)?(?:سكين[^ ]*|مطوه|مسدس"
            "|فرد|سلاح|بندقيه|خنجر"
            "|emj_knife|emj_gun)",
        ),
        Rule(
            "danger",
            "(?:و|ف)?(?:هددني|هددتني|بيهددني|بتهددني|يهددني|تهددني) (?:[^ ]+ )?(?:ب|بال)?(?:قتل"
            "|موت|ضرب|حرق|مايه نار|ميه نار|اسيد)",
        ),
        Rule(
            "danger",
            "(?:مسكني|مسكتني|شدني|شدتني|ماسكني) (?:من|م) (?:رقبتي|زوري|شعري)|(?:حاول|حاولت) (?:ي"
            "|ت)?خنق(?:ني)?",
        ),
        Rule(
            "danger",
            "[^ ]*(?:مشي|ماشي|ماشيه|بيمشي|بيجي|بيلف) (?:ورايا|وراي|ورايه|خلفي)|[^ ]*(?:راقبني"
            "|راقبتني|لاحقني|لاحقتني"
            "|طاردني|طاردتني|تبعني|تتبعني|تعقبني|يلحقني|بيلحقني|ملاحقني)|[^ ]*تجسس (?:عليا|علي)",
        ),
        Rule(
            "danger",
            "(?:بيستناني|مستنيني|يستناني|بستناني|يستني|واقف|وقف|بيقف|بيجي|جه|اجا|اجه|اتي|بيلف"
            "|بيستني) (?:[^ ]+ )?"
            "(?:[^ ]+ )?(?:تحت|قدام|عند|جنب|برا|حوالين) (?:ال)?(?:بيت|بيتي|عماره|عمارتي|شغلي|شغل"
            "|جامعه|كليه|باب|بيتنا"
            "|شقتي|شقه)",
        ),
        Rule(
            "danger",
            "(?:جه|اجا|اجه|جا|اتي|جاني) (?:[^ ]+ )?(?:ال)?(?:شغل|بيت|جامعه"
            "|كليه)(?: [^ ]+)? (?:وعمل فضيحه|وزعق|وهدد[^ ]*"
            "|وكسر|وضرب|بدون ما|من غير ما|غصب)|(?:كسر|بيكسر|بيرزع|رزع) (?:[^ ]+ )?(?:ال)?(?:باب"
            "|شباك)",
        ),
        Rule("danger", "(?:عارف|بيعرف|يعرف|عرف|عارفه) (?:انا )?(?:فين|وين|مكاني)"),
        Rule(
            "danger",
            "(?:حط|حاطط|زرع|ركب)(?:لي)? (?:[^ ]+ )?(?:[^ ]+ )?(?:علي|على|ع|في|ف) (?:ال)?(?:موبايل"
            "|موبايلي|تليفون|تليفوني|تلفون|تلفوني|جوال|جوالي|عربيتي|سيارتي)",
        ),
        Rule(
            "danger",
            "[^ ]*(?:ضرب|صفع|لكم|لطش|رزع|زق|شلوت)(?:ت)?ني|(?:مد|بيمد|يمد) (?:ايده|ايديه|يده|يدو"
            "|ايدو) (?:عليا|علي)"
            "|(?:جسمي|وشي|ايدي|رقبتي|دراعي)(?: [^ ]+)? (?:ازرق|زرقا|مزرق|متعور|كدمات)|[^ ]*كدمات",
        ),
        Rule(
            "danger",
            "(?:مش|مو|ما) (?:ليا|الي|لي|ليه)(?: [^ ]+)?(?: [^ ]+)? (?:مش|مو|ما"
            "|لن)(?: [^ ]+)? (?:لحد|لغيري|لاحد|لحدا"
            "|لاي حد)|(?:مش|ما|مو|لن) (?:ه|ح|رح |راح )?(?:تكوني|تكون|تبقي|تصيري|تصير) (?:لحد"
            "|لغيري|لحدا|لاحد|لاي حد)",
        ),
        Rule(
            "danger",
            "(?:هدد|هددني|بيهدد|يهدد|هددتني|بتهدد|قال|حلف"
            "|بيقول)[^ ]* (?:[^ ]+ )?(?:[^ ]+ )?(?:[^ ]+ )?[^ ]*(?:ياخد|ياخذ"
            f"|يخطف|يحرمني|يسفر|يودي|اخد|خطف|يسرق|تاخد|تخطف)[^ ]* (?:[^ ]+ )?{_A_KIDS}"
            f"|يحرمني من {_A_KIDS}"
            f"|مش (?:ه|ح)شوف {_A_KIDS}|[^ ]*(?:اذي|يوذي|ضرب|قتل|خطف)[^ ]* {_A_KIDS}",
        ),
        Rule(
            "danger",
            "خايف[^ ]* (?:[^ ]+ )?(?:على حياتي|على روحي|على عيالي|على ولادي|اخرج|انزل|ارجع البيت"
            "|اروح البيت|اطلع من البيت"
            "|[^ ]*قتلني|[^ ]*موتني|[^ ]*ذبحني|[^ ]*دبحني|ياذيني|يذيني|يوذيني|يضربني|يعمل فيا"
            "|يعملي حاجه|يخطف)",
        ),
        Rule("danger", "(?:مايه|ميه|ماء) (?:ال)?نار|[^ ]*غتصب[^ ]*"),
        Rule(
            "danger",
            "خايف[^ ]* (?:منه|منها|من طليقي|من جوزي|من الاكس|من زوجي|جدا)|(?:عنده|عندو|معاه"
            "|معه) (?:[^ ]+ )?(?:مسدس|فرد|سلاح|بندقيه|رشاش)|emj_knife|emj_gun|[^ ]*هدد(?:ني|تني)",
            ask=True,
        ),
        # ===== Arabizi =====
        # --- suicidal
        Rule("suicidal", "[^ ]*(?:nt[aei]7[aei]?r|nt[ae]h[aei]r)(?:t|et|at|ti|y|i|ak|ek|en|in|o)?"),
        Rule(
            "suicidal",
            f"[^ ]*t[eaou]?l {_Z_SELF}|[^ ]*maw?[e]?t {_Z_SELF}|[^ ]*(?:shn[ae]?2"
            f"|sn[ae]?2)[^ ]* {_Z_SELF}",
        ),
        Rule(
            "suicidal",
            f"[^ ]*(?:5|kh)a?l[ae]?s (?:3ala|3a|ala|3al|3la) (?:{_Z_SELF}|7a?yat[iy])"
            "|[^ ]*nh[iy] (?:7a?yat[iy]|hayat[iy]|3omr[iy])",
        ),
        Rule("suicidal", f"{_Z_WISH}(?: [^ ]+)? {_Z_DIE}"),
        Rule(
            "suicidal",
            "[^ ]*2?t[ae]?3(?:t)? (?:[^ ]+ )?(?:shrayen[iy]|sharayen[iy]|sharyan[iy]|3oro2[iy]"
            "|3ro2[iy]|3ero2[iy]|3rou2[iy])"
            "|(?:ha|7a|ba|hat|ra7 ?|rah ?|bade ?)?(?:n[ou]t|2fez|2fiz|rmi nafsi|armi nafsi"
            "|armi 7ali) (?:men|mn|min|mel|mil)"
            " (?:el|al|l)? ?(?:sat7|shebak|shibak|balakona|balcona|koubri|kobri|kobry|gesr|jisr"
            "|dor|3emara|borg|fo2)",
        ),
        # --- passive
        Rule(
            "passive",
            f"{_Z_NOT} ?(?:3ayez|3ayz|3ayza|3aiz|3aiza|3awz|3awza|bade|badi|bdi|bidi|bedi|abi"
            "|abgha|abghi|ab8a|areed|arid|7ab|7aba|habeb|wdi)? ?(?:a|n|ne)?3(?:e|i|ei|y)sh",
        ),
        Rule(
            "passive",
            "[^ ]*nam (?:w|we|wa|o) ?(?:ma|m|msh|mesh|la|mish|mush) ?(?:a|n)?(?:s7|fi2|fe2|2om"
            "|2um|su7|sa7)[^ ]*",
        ),
        Rule(
            "passive",
            "(?:ya ?re?[iy]?t(?:ni|ny|eni|eny)?|ya ?rait(?:ni)?|lait(?:ni)?|leit(?:ni)?) (?:ma|mat"
            "|m|makont|ma kont) ?"
            "(?:e|a|i)?t?(?:wala?dt|w[ae]ledt|wlidt|5ala2t|khala2t|olidt|wled)",
        ),
        Rule(
            "passive",
            "(?:ya ?re?[iy]?t(?:ni|ny)?|ya ?rab[iy]?|yarab[iy]?|ya alah"
            "|rabena) (?:[^ ]+ )?(?:a?mot|amout|mout|ta5odni|t5odni"
            "|takhodni|5odni|khodni|ya5odni|yakhodni|te5odni|tekhodni|ta5edni|takhedni|5edni"
            "|khedni|5dni)",
        ),
        Rule(
            "passive",
            "[^ ]*(?:5|kh)t[ie]?f[iy]?(?: [^ ]+)?(?: [^ ]+)? (?:lel ?abad|le ?2?abad|la ?2?abad"
            "|l ?2abad|5ales|khales"
            "|men el ?donya|mn el ?donya|forever|w ma 7ad|w ma7ad|w mafish 7ad|wala 7ad|w ma 7ada)",
        ),
        Rule(
            "passive",
            "(?:nefsi|nfsi|nfsy|3ayez|3ayza|bade|abi|abgha) (?:a|e|n)?(?:5|kh)t[ie]?f[iy]",
            ask=True,
        ),
        Rule(
            "passive",
            "(?:el ?kol|kolohom|koloh|kolhom|el nas|ahli)(?: [^ ]+)? (?:hayrta7|hayerta7|7ayerta7"
            "|ra7 yerta7|birta7|yerta7)[^ ]*"
            "|(?:law|lw|iza|eza) (?:mot|mt|ro7t|e5tafet)(?: [^ ]+)? (?:ma7adesh|mahadesh|m7dsh"
            "|ma7ad|ma 7ad|mafish 7ad|wala 7ad)",
        ),
        Rule(
            "passive",
            "(?:msh|mesh|mish|ma|mosh) (?:2ader|2adra|adr|2adir|2dr|2dra|8ader|2adra) (?:a3esh"
            "|a3ish|akamel|akml|akamil"
            "|asta7mel|atal[ae]3)|ta3bt? (?:men|mn) el ?(?:7aya|donya)|mafish fayda|ma 3ad fiy[ae]"
            "|ma3ad fiy[ae]",
            ask=True,
        ),
        # --- plan
        Rule(
            "plan",
            "(?:bala3t|bla3t|bl3t|habla3|7abla3|babla3|bbla3|abla3|ebla3|5adt|khadt|5adet|akhadt"
            "|5dt|khdt|shrebt|sharabt"
            "|akalt|bla3ton|bla3tun)(?: [^ ]+)?(?: [^ ]+)? (?:kol|kel|kil|3elba|3elbet|3elbt"
            "|3ilbet|shre6|shrit|shari6|kter"
            "|ktir|ktyr|[0-9]+|nos)(?: [^ ]+)?(?: [^ ]+)? (?:el ?|al ?|l ?)?(?:bershem|bersham"
            "|barsham|7bob|7obob|7ubub|7bub"
            "|7abay|dawa|dawa2|adwya|adwiya|pils|a2ras|mnawem|monawem|emj_pill)",
        ),
        Rule(
            "plan",
            "(?:bala3t|bla3t|bl3t|habla3|7abla3|babla3|abla3|ebla3)(?: [^ ]+)?(?: [^ ]+)? (?:el ?"
            "|al ?)?(?:bershem|bersham"
            "|7bob|7obob|7ubub|pils|a2ras|mnawem|emj_pill)|(?:iza|eza|law|lw) (?:bla3t|bala3t|5adt"
            "|akhadt|shrebt)[^ ]*"
            " (?:kol|kel)[^ ]*",
        ),
        Rule(
            "plan",
            "(?:ma3i|ma3aya|ma3aia|ma3ya|3andi|3ndi|hon|hena|2odami|odami)(?: [^ ]+)? (?:7bob"
            "|7obob|bershem|bersham|pils|dawa"
            "|a2ras|mnawem|emj_pill)(?: [^ ]+)? (?:kter|ktir|ktyr|ktera|kolaha|kolha|kafya|tekfi"
            "|btekfi)",
        ),
        Rule(
            "plan",
            "(?:fo2|foq|fou2|3ala|3al|3a|wa2ef|wa2fa|wa2fe|wa2f) (?:el ?|al ?)?(?:sat7|sate7|sa6e7"
            "|sot7|sto7|koubri|kobri"
            "|kobry|gesr|jisr|jesr|7afa|7afet|7aret)",
        ),
        Rule(
            "plan",
            "(?:di|dy|da|de|hay|hadi|hathi|hadhi|hayde|haydi|heya) (?:a5er|akher|a5r|a5ir|2a5er"
            "|2akher) (?:resala"
            "|risala|resale|risale|message|msg|rsala)|(?:a5er|akher|a5r|2a5er) (?:resala|risala"
            "|message|msg|rsala)"
            " (?:meni|mni|mini|mny|liko|lekom|lakom|elkom|likom)|resalet (?:wada3|weda3|wada2)"
            "|sam7o?ni (?:3ala|3al|3a|ya)"
            " (?:kol|kolo)|sam7oni kolokom|bawade3kom|bwade3kom",
        ),
        Rule(
            "plan",
            "(?:gebt|gbt|jebt|jbt|eshtaret|ishtarait|sharet|jahezt|ma3aya|ma3i"
            "|3andi) (?:el ?)?7abl",
        ),
        Rule(
            "plan",
            "(?:msh|mesh|mosh|ma ra7|mosh) (?:ha|7a|t)?(?:t?shofoni|tshofuni|tshufuni) (?:tan[iy]"
            "|abadan|ba3d kda|ba3d el yom)",
        ),
        # --- self_harm
        Rule(
            "self_harm",
            "[^ ]*(?:g|j)[ae]?r+[aei]?7(?:t|et)? (?:nafs[iy]|7al[iy]|ro7[iy]|2id[iy]|2ed[iy]"
            "|id[iy]|eid[iy]|ed[iy]|2ide"
            "|iday|2iday|dra3[iy]|rigl[iy]|rejl[iy]|gesm[iy]|jesm[iy]|jism[iy])",
        ),
        Rule(
            "self_harm",
            "[^ ]*2?t[ae]3(?:t)? (?:f |fe |fi )?(?:2id[iy]|id[iy]|eid[iy]|dra3[iy]|rigl[iy])",
        ),
        Rule(
            "self_harm",
            "[^ ]*7[ae]?r[ae]?2(?:t|et)? (?:nafs[iy]|7al[iy]|2id[iy]|id[iy]|eid[iy]|gesm[iy]"
            "|jesm[iy]|jism[iy]|dra3[iy])",
        ),
        Rule(
            "self_harm",
            f"[^ ]*d[ao]?r[ao]?b(?:t)? {_Z_SELF}|[^ ]*2?[ae]?(?:z|th|dh)[iy](?:t)? (?:nafs[iy]"
            "|7al[iy])",
        ),
        Rule(
            "self_harm",
            "(?:el ?)?(?:shafra|shafrah|mos|mous|mus|amwas|cutter|kater)(?: [^ ]+)? (?:gamb[iy]"
            "|ganb[iy]|janb[iy]|jamb[iy]"
            "|ma3aya|ma3i|f ?2id[iy]|fe ?2id[iy]|b2id[iy]|odam[iy]|2odam[iy])",
        ),
        # --- other_at_risk
        Rule(
            "other_at_risk",
            "[^ ]*t[eaou]?l (?:nafso|nafsoh|nafsaha|nafsha|nafsa|7alo|7alu|7ala|7alha)|[^ ]*(?:g"
            "|j)[ae]?r+[aei]?7"
            " (?:nafso|nafsaha|nafsha|7alo|7alha|2ido|2ideha)",
        ),
        Rule(
            "other_at_risk",
            "(?:msh|mesh|mish|mosh|mush|ma|mo|mb) ?(?:3ayez|3ayza|3ayz|3awz|3awza|bado|bada|bedo"
            "|beda|bido|bida|yebgha"
            "|tebgha|yabi|tabi|3ayzah)? ?(?:ye|ya|te|ta|y|t)3(?:e|i|ei|y)sh|(?:3ayez|3ayza|bado"
            "|bada|bedo|beda|yabi|tabi"
            "|nawi|nawya|2arar|2araret)(?: [^ ]+)? (?:ymot|yemot|yemut|tmot|temot|temut)",
        ),
        # --- danger
        Rule("danger", f"{_Z_KILLS_ME}|[^ ]*(?:5|kh)[ae]?n[ae]?2(?:et|at)?n[iy]"),
        Rule("danger", "[^ ]*(?:(?:2|k|q)t[eoiu]?l[ae]k|maw[ae]?t[ae]k|db[ae]?7[ae]k)"),
        Rule(
            "danger",
            "[^ ]*d[ae]?r[ae]?b(?:et|at|it)?n[iy]|mad (?:2ido|ido|eido|edo) (?:3alaya|3alia|3alay)"
            "|(?:gesm[iy]|jesm[iy]"
            "|jism[iy]|wesh[iy]|2id[iy]|ra2abt[iy])(?: [^ ]+)? (?:azra2|zar2a|mezare2|kadamat"
            "|metawar)|kadamat",
        ),
        Rule(
            "danger",
            "(?:masakni|mesekni|shadni) (?:men|mn|min) (?:ra2abti|ra2bti|rgabti|zori|sha3ri)",
        ),
        Rule(
            "danger",
            "[^ ]*(?:ra[2q][ei]?b|rake?b|la7[ae]?2|la7[ae]?q|[6t]a?r[ei]?d|t[ae]?b[ae]?3)(?:et"
            "|at)?n[iy]"
            "|(?:mashi|bimshi|beymshi|byemshi|yemshi|bymshi|btemshi|bitimshi|mashy|ymshi) (?:wara"
            "|waraya|wraya|warai|warayi|wra)[^ ]*",
        ),
        Rule(
            "danger",
            "(?:wa2ef|wa2fa|byestanani|bystanani|bystaneni|mestanini|mstanini|byo2af|bye2af|ye2af"
            "|bey2af|geh|gah|ega|2ija"
            "|iji|ajah|jih) (?:[^ ]+ )?(?:[^ ]+ )?(?:ta7t|2odam|odam|3and|3end|gamb|janb"
            "|bara) (?:el ?|al ?)?(?:beit|bait|bet"
            "|beiti|baiti|beti|betna|sha2a|sha2et[iy]|shoghl|shoghli|shughli|maktab|gam3a|koleya"
            "|bab)",
        ),
        Rule(
            "danger",
            "(?:3aref|3arf|3arfa|3erif|by3raf|bye3raf|ye3raf) (?:ana |ani )?(?:fen|fein|wen|wein"
            "|mkan[iy]|makan[iy])",
        ),
        Rule(
            "danger",
            "7at[^ ]*(?: [^ ]+)?(?: [^ ]+)? (?:3al|3ala el|3la el|fel|f el|fi el) ?(?:mobil[^ ]*"
            "|mob|telephone|telefon|phone"
            "|fon|3arabeya|3arabiya|sayara)",
        ),
        Rule(
            "danger",
            "(?:3ando|3ndo|3endo|ma3ah|ma3aha|m3ah|ma3o|hadedni|hadadni|hadadetni|hadedetni|haded"
            "|hadad|tala3|tala3li"
            "|shahar|rafa3|waga7)[^ ]* (?:[^ ]+ )?(?:[^ ]+ )?(?:bel ?|bil ?|b ?"
            "|el ?)?(?:sekin[^ ]*|sikin[^ ]*|sekena"
            "|mos?adas|musadas|mosades|fard|sela7|sila7|slah|selah|mata?wa|emj_knife|emj_gun)",
        ),
        Rule(
            "danger",
            "(?:msh|mesh|mish|mosh|mush|ma|mo) (?:leya|liya|ili|eli|li|lya"
            "|lia)(?: [^ ]+)?(?: [^ ]+)? (?:msh|mesh|mish|mosh"
            "|ma|mo|lan) (?:[^ ]+ )?(?:l ?7ad|la ?7ad|l7ada|la7ada|le ?7ad|l ?gh[ae]yr[iy]"
            "|la ?gh[ae]yr[iy]|le ?gh[ae]yr[iy]"
            "|l ?8er[iy])",
        ),
        Rule(
            "danger",
            "[^ ]*ha?d[ae]?d[^ ]*(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? [^ ]*(?:5od|khod|5ud|khud|5ad"
            f"|khad|5ta?f|khta?f|sfar|safer)[^ ]* {_Z_KIDS}"
            f"|[^ ]*(?:2zi|2azi|2dhi|2thi) {_Z_KIDS}|[^ ]*d[ae]?r[ae]?b {_Z_KIDS}",
        ),
        Rule(
            "danger",
            "(?:5|kh)a[iy]?e?f(?:a|e|ah)? (?:[^ ]+ )?(?:[^ ]+ )?(?:[^ ]*(?:2|k|q)t[eoiu]?ln[iy]"
            "|3ala 7a?yat[iy]|3al 7ayat[iy]"
            "|a5rog|akhrog|anzel|arga3 el beit|yo2zini|y2zini|yad?rabni|ye3mel fiya)",
        ),
        Rule("danger", "(?:mayet|maya|mayit|meyet|miyet) (?:el ?)?nar"),
        Rule(
            "danger",
            "(?:5|kh)a[iy]e?f(?:a|e|ah)? (?:meno|menoh|mino|menha|minha|mnha|mno)"
            "|[^ ]*ha?d[ae]?d(?:ni|etni|atni)",
            ask=True,
        ),
        # ===== generalised families (Arabic script) =====
        Rule(
            "suicidal",
            "[^ ]*(?:قتل|موت|ذبح|دبح|شنق) (?:راسي|حياتي)|(?:بغيت|بغيت ن|نبغي|بغيتي|حابب|بدي)"
            " (?:ن|ا)?موت|(?:ن|ا)سالي (?:مع|م) (?:هاد|هذه|هاي|هالـ)? ?(?:الدنيا|الحياه|حياتي)",
        ),
        Rule(
            "passive",
            "[^ ]*غمض (?:عيني|عيوني)(?: [^ ]+)? (?:و ?)?(?:لا|ما|مش|ولا|وما|ومش) (?:ا|ن)?(?:فتح"
            "|صحي|فيق)[^ ]*|(?:ال)?موت (?:[^ ]+ )?(?:[^ ]+ )?(?:مرحبا|مرحبه|اهلا|يا ريت|يا مرحبا)"
            "|(?:عييت|عيت|تعبت|مليت|زهقت) (?:من|م) (?:ال)?(?:حياه|عيشه|دنيا)(?: [^ ]+)?"
            "(?: [^ ]+)? (?:مرحبا|ياريت|اتمني|نموت|اموت)",
        ),
        Rule(
            "passive",
            "حادث[^ ]*(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
            " (?:مش (?:ه|ح)زعل|ما (?:ر?ح )?ازعل|مش فارقه|عادي|مش هتفرق|ياريت|يا ريت)"
            "|(?:ياريت|يا ريت|نفسي|اتمني)(?: [^ ]+)? (?:عربيه|سياره|حادث[^ ]*)(?: [^ ]+)?"
            " (?:تخبطني|تدوسني|تاخدني|يموتني|تموتني)",
        ),
        Rule(
            "plan",
            "(?:جمعت|بجمع|عم اجمع|مجمع[^ ]*|خبيت|مخبي[^ ]*|حوشت|محوش[^ ]*|شلت|خزنت) (?:[^ ]+ )?"
            "(?:ال)?(?:حبوب|برشام|اقراص|منوم|حبايات|بنادول|emj_pill)"
            "|(?:الليله|بكره|بكرا|بكرة|اليوم|الحين|هلق|هلا) (?:خلاص )?(?:هخلص|حخلص|رح خلص"
            "|راح اخلص|بخلص|هنهي|هنتهي|رح انهي)(?! (?:الشغل|المذاكره|الواجب|الشغلانه|البحث"
            "|المشروع|التقرير|الامتحان) )",
        ),
        Rule(
            "plan",
            "(?:انا|انا هلق|هلق|هلا|هسه|الحين|دلوقتي) (?:[^ ]+ )?(?:عالسطح|عالسطوح|عالجسر"
            "|عالكوبري|عالبلكون|عالحافه|ع السطح|ع الجسر)|(?:على|ع|فوق|في) (?:ال)?(?:سطح|سطوح)"
            "(?: [^ ]+)? (?:ال)?(?:طابق|دور) (?:ال)?(?:عاشر|[^ ]+ عشر|تاسع|ثامن|تامن|سابع|سادس"
            "|خامس|[0-9]+)",
        ),
        Rule(
            "plan",
            "(?:لما|لمن|بعد ما) (?:كلهم|الكل|اهلي|الناس|كل الناس) (?:[^ ]+ )?(?:يروحوا|يروحو"
            "|يناموا|يطلعوا|يطلعو|يمشوا)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:هعملها"
            "|حعملها|بعملها|هخلص|بخلص|حخلص|رح خلص)|كل (?:شي|شيء|حاجه) (?:جاهز|جاهزه|مترتب)(?! ل)",
        ),
        Rule(
            "self_harm",
            "(?:اخدت|اخذت|فاخذت|فاخدت|مسكت|جبت|طلعت|رجعت (?:ل|ع)?|رجعت) (?:ال)?(?:شفره|شفرات"
            "|موس|موسي|امواس|كتر|مشرط)|(?:ليس|مش|مو|ما) (?:عميق|عميقا|عميقه|غويط|غويطه)",
        ),
        Rule(
            "other_at_risk",
            "(?:ي|بي|ت|بت|عم ي|عم ت)(?:جرح|يجرح|يحرق|يضرب|يقطع) (?:يده|ايده|يدها|ايدها|نفسه"
            "|نفسها|حاله|حالها|دراعه|دراعها)|شفت (?:ال)?(?:جروح|جرح|اثار الجروح|اثار)"
            " (?:[^ ]+ )?(?:على|ع|في) (?:ايده|ايدها|يده|يدها|دراعه|دراعها)",
        ),
        Rule(
            "danger",
            "(?:سي|ه|ح|رح ي|راح ي|ي|بي|بدو ي)حرق (?:ال)?(?:بيت|شقه|عربيه|سياره|بيتي|شقتي)"
            "|(?:طرق|دق|خبط|رزع|كسر|ضرب) (?:على )?(?:ال)?باب (?:بعنف|بقوه|جامد)",
        ),
        Rule(
            "danger",
            "(?:بعتلي|بعت لي|بعثلي|ارسلي|ارسل لي|بعتلي) (?:[^ ]+ )?(?:صوره|صور|فيديو)"
            " (?:ل|لل|من|من ال)?(?:شباك|شباكي|بيت|بيتي|باب|بابي|عماره|عمارتي|سيارتي|عربيتي|شغلي)",
        ),
        Rule("danger", "شايفك|شايفيك|انا شايفك", ask=True),
        # ===== generalised families (Arabizi, Maghrebi and Levantine included) =====
        Rule(
            "suicidal",
            "(?:bghit|bghyt|bgheit|nbghi|bghiti|3ayez|3ayz|3ayza|3awz|3awza|bade|badi|bdi|bidi)"
            "(?: [^ ]+)? (?:nmout|nmot|nmut|nmoot)|(?:nsali|nsala|nkamel|nkml) (?:m3a|ma3a|m3)"
            " (?:had |hal )?(?:denya|dunya|donya|l7ayat|el 7aya|7yati|7ayati)|(?:ha|7a|ba|a|n)?"
            "(?:5|kh)l[ae]?s (?:men|mn|min|mel) (?:7a?yat[iy]|7yat[iy]|hayat[iy]|el ?donya"
            "|el ?7aya|3omr[iy])",
        ),
        Rule(
            "suicidal",
            "[^ ]*(?:9|q|2|k)t[ae]?l (?:ras[iy]|rassi)",
        ),
        Rule(
            "passive",
            "(?:ya ?re?[iy]?t(?:ni|ny)?|ya ?rait(?:ni)?|nefsi|nfsi|atmana) (?:ma|m|mat|msh) ?"
            "(?:a|n)?(?:fe2|fi2|fa2|s7a|so7|su7|2om|2um|fi9|fe9|fiq)(?: [^ ]+)? (?:bukra|bokra"
            "|bo5ra|tani|abadan|ghodwa|ghedwa|mn tani)|(?:l|el|al) ?mou?t(?: [^ ]+)?(?: [^ ]+)?"
            " (?:mr7ba|mar7aba|mar7ba|mer7ba|ahlan|a7la|ya rit|yarit)|3[ae]?y[iy]?t (?:mn|men|min)"
            " (?:l|el|al) ?(?:7[iy]?a|7yat|7ayat|donya|dunya|denya)",
        ),
        Rule(
            "passive",
            "(?:7adsa|7adse|7adtha|accident)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
            "(?: [^ ]+)? (?:msh|mesh|mish|ma) ?(?:ha|7a|ra7 )?(?:z3al|az3al|ez3al|yfr2|tefr2"
            "|fare2a)|(?:ya ?re?[iy]?t|nefsi|nfsi) (?:[^ ]+ )?(?:3arabeya|3arabiya|sayara|tomobil"
            "|7adsa)(?: [^ ]+)? (?:t5bat|tekhbat|tdos|tedosni|t5odni|tmawetni)",
        ),
        Rule(
            "plan",
            "(?:a5adt|akhadt|5adt|khadt|5dt|bla3t|bala3t|shrebt|sharabt|akalt|khdit|5dit)"
            " (?:[^ ]+ )?(?:[^ ]+ )?(?:panadol|panadool|bnadol|brufen|xanax|zanax|valium|7bob"
            "|7obob|dawa|pils)(?: [^ ]+)? (?:kemle|kamle|kamla|kamel|kolha|kolaha|kelha|kloha"
            "|kolo|kollo|kolhom)|(?:3elbet|3elbt|3elba|3ilbet|shret|shrit) (?:panadol|panadool"
            "|bnadol|brufen|xanax|dawa|7bob)(?: [^ ]+)? (?:kemle|kamle|kamla|kamel|kolha|kolaha)",
        ),
        Rule(
            "plan",
            "(?:gma3t|jama3t|jma3t|gama3t|5abet|5abbet|kh?abet|m5abi|mkhabi|7awesht|shelt)"
            " (?:[^ ]+ )?(?:[^ ]+ )?(?:7bob|7obob|bersham|bershem|a2ras|mnawem|panadol"
            "|emj_pill)|(?:lma|lama|lamma|ba3d ma|lamen) (?:kilhum|kelhom|kolohom|kolhom|el kol"
            "|ahli|kolhum)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:b|ba|bi|ha"
            "|7a|ra7 |rah )?(?:5|kh)al+[ae]s|(?:kil|kol|kul) (?:shay|shi|she|shee|7aga|7aja|shi2)"
            " (?:jahez|jahza|gahez|gahza|mjahaz|mrateb)(?! (?:lel|lil|la|l|le|for|3ashan|3shan|ll"
            "|b) )",
        ),
        Rule(
            "plan",
            "(?:ana|hala2|halla2|halaq|hala|hlla2|hl2|da2i2a|delwa2ti|dlw2ty|l7in|el7in)"
            " (?:[^ ]+ )?(?:3as ?sat7|3a ?sat7|3al ?sat7|3ala ?el ?sat7|3al ?jesr|3al ?gesr"
            "|fo2 el sat7|3la ?sat7|f ?sat7)",
        ),
        Rule(
            "self_harm",
            "(?:a|ba|b|bafdal |kan|kan[ae]?|n|ka?n)?(?:d[ae]?r[ae]?b|5[ae]?b[ae]?t|kh[ae]?b[ae]?t)"
            " (?:dma3[iy]|dmagh[iy]|dmag[iy]|ras[iy]|rasi|2as[iy]|dma8[iy])(?: [^ ]+)? (?:fel|fe"
            " el|f el|bel|3al|fi el|f|fl|m3a|ma3a) ?(?:7eta|7ita|7et|7ai6|7ait|7ayt|jedar|gedar|el"
            " 7eta|l7it|l7it)|[^ ]*(?:jr[ae]?7|gr[ae]?7|jer7|jra7)[^ ]* (?:yed[iy]|yd[iy]|yedd[iy]"
            "|draa?3[iy]|rasi|7al[iy]|nafs[iy]|rjel[iy]|rejl[iy])(?: [^ ]+)?(?: (?:b|bel|bl|b el)"
            " ?(?:mos|mous|moss|shafra|jilet|cutter|zaj|zja[jg]))?",
        ),
        Rule(
            "self_harm",
            "(?:5adt|a5adt|akhadt|khadt|msakt|jbt|gebt|tala3t|rje3t|rj3t) (?:el ?|l ?)?(?:shafra"
            "|mos|mous|cutter|kater|jilet|mechrat)",
        ),
        Rule(
            "danger",
            "(?:kay|ka|by|bi|bey|y|yi|bye)?(?:l9|lg|la2|lq|l2)a+n[iy](?: [^ ]+)?(?: [^ ]+)?"
            " (?:f ay|fi ay|fe ay|ay|kil|kol|kul|f kol|fi kol|f kil|wen ma|fen ma|fin ma)"
            " (?:makan|mkan|blasa|bla9a|7eta|mahal|ma7al)|(?:kil|kol|kul|ay|f ay|fi ay|wen ma"
            "|fen ma|fin ma) (?:makan|mkan|blasa|7eta|ma7al)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
            "(?: [^ ]+)? (?:kay|ka|by|bi|bey|y|yi|bye)?(?:l9|lg|la2|lq|l2)a+n[iy]",
        ),
        Rule(
            "danger",
            "(?:3aref|3arf|3arfa|3erif|by3raf|bye3raf|ye3raf|3ref|ka?y3ref) (?:ana |ani )?(?:fin"
            "|fen|fein|wen|wein) (?:ka|kan|b|ba|bi)?(?:5dem|khdem|skon|sken|3ish|ashtghel|shtghel"
            "|ro7|roo7|nro7|ndrs|a7ot)",
        ),
        Rule(
            "danger",
            "(?:barnamej|barnameg|barnamij|app|application|tatbee2|tatbi2|tatbiq) (?:[^ ]+ )?"
            "(?:tatabo3|tatbo3|tatab3|tagasos|tajasos|tajasus|tracking|tracker|spy|mora2aba"
            "|mura2aba|tatabbo3)|7at[^ ]*(?: [^ ]+)?(?: [^ ]+)? (?:3ala|3la|3a|3al|fi|f) ?(?:mobil"
            "|mob|telephon[iy]|telefon[iy]|tilifon[iy]|phone[iy]?|fon[iy]|jawal[iy]|gawal[iy])",
        ),
        Rule(
            "danger",
            "(?:ba3atl[iy]|ba3tl[iy]|b3atl[iy]|bi3atl[iy]|arsall[iy]|rsall[iy]|ba3at l[iy])"
            " (?:[^ ]+ )?(?:soura|sora|sura|swra|photo|pic|sowar|video)(?: [^ ]+)? (?:la|l|le|lel"
            "|men|mn|li|of|el) ?(?:shebak|shubak|shibak|beit|bet|bait|bab|3emara|sayara|3arabeya"
            "|shebak beit)",
        ),
        Rule(
            "plan",
            "sam7o?(?:l[iy]|n[iy]|ul[iy]|uni) (?:3la|3ala|3al|3a|ala) (?:kolchi|kolshi|kol shi"
            "|kol chi|kolo|kol 7aga|kol 7aja|kol shay)",
        ),
        Rule(
            "other_at_risk",
            "(?:3ando|3anda|3ndo|3endo|3endha|3ndha|ma3ah|ma3aha|m3ah|3andha) (?:[^ ]+ )?(?:7bob"
            "|7obob|bersham|bershem|pils|dawa|mnawem|a2ras)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
            " (?:w )?(?:2arar|2arart|2araret|2arret|qarar|arar|2rar)|(?:عنده|عندها|معاه|معها)"
            " (?:[^ ]+ )?(?:حبوب|برشام|اقراص|منوم)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:و ?)?"
            "(?:قرر|قررت|حسم)",
        ),
        # ===== Round 2: indirect phrasings =====
        # Leaving the world, not the house: "امشي من الدنيا", "افتك من هالدنيا", "خلص حالي".
        Rule(
            "suicidal",
            "(?:امشي|امشى|افتك|ارتاح|اخلص|اطلع|اروح|ارحل|افل|نمشي) (?:من|م) (?:هال|ال|ها|هاي ال"
            "|هذي ال|هاد ال)?"
            "دنيا|(?:amsh[iy]|arou7|aro7|aru7|arta7|afok|aftak|a5las|ar7al|amshe) (?:men|mn"
            "|min) (?:el |hal |hel )?"
            "(?:donya|dunya|dinya|denya)|(?:كيف|ازاي|اني|عشان|ابي|بدي|عايز[^ ]*) (?:اخلص"
            "|خلص) (?:حالي|نفسي|روحي)(?! من)"
            "|(?:بدي|ابي|عايز[^ ]*|ودي) (?:ضل|اضل|افضل|اظل|ابقي) (?:عايش|عايشه|طيب|طيبه)"
            "|(?:ميلاقينيش|مايلاقينيش|ما يلاقيني|مبقاش|مابقاش|ما عدت|مش موجود[^ ]*|مو موجود[^ ]*)"
            "(?: [^ ]+)? (?:في|ف|بال)(?: ال| )?دنيا|مش (?:هتلاقيني|هيلاقيني|هتلاقوني|هتشوفوني)",
        ),
        Rule(
            "suicidal",
            "(?:مش شايف[^ ]*|مش لاقي[^ ]*|ما في|مافي|مفيش|ما عاد في|لا يوجد"
            "|مش حاسس[^ ]* ب) ?(?:اي )?(?:معني"
            "|سبب|داعي|فايده) (?:اني |ان |ل|لل)?(?:اعيش|عيش|حياتي|الحياه|اكمل|العيشه)"
            "|(?:msh|mesh|mish|mafish|mafesh|ma fi) (?:shayf[ae]? |la2y[ae]? )?(?:ay "
            "|aii )?(?:ma3na|sabab|lazma"
            "|fayda) (?:l|le|en|eny|ani|enni)? ?(?:a3eesh|a3ish|el 7aya|7ayat[iy]|akamel|akmel)"
            "|(?:a7san|ahsan|afdal) (?:mn |men |min |b)?(?:gheir[iy]|gheri|ghairi|8eir[iy]|8eri"
            "|doon[iy]|don[iy])"
            "|(?:احسن|افضل|ارتح) (?:من |ب)?(?:غيري|دوني|من دوني)",
        ),
        Rule(
            "suicidal",
            "(?:احل|هحل|بحل|رح احل) (?:كل )?مشاكلي (?:كلها )?(?:مره واحده|مره وحده|بمره|دفعه واحده)"
            "(?: [^ ]+)?(?: و)?(?:امشي|ارتاح|اخلص)"
            "|(?:بكره|بكرا) (?:مش|ما|مو) (?:لازم )?(?:ه)?يجي|(?:bokra|bukra|bo2ra) (?:msh|mesh"
            "|mish|mosh|ma)"
            " (?:lazem |lazm )?(?:ha)?y[ie]?g[yi]",
        ),
        Rule(
            "suicidal",
            "(?:مش|مو|ما) من البيت(?: بس)?|مو بس منه|(?:msh|mesh|mish|mo|mu) (?:bas )?(?:men|mn) el"
            " (?:beit|bet|bait|bayt)|(?:msh|mesh) bahzar (?:el )?marady|a3melha (?:jad|bjad|bgad"
            "|bejad)"
            "|(?:امشي|ارحل) (?:خالص|للابد)|احل مشاكلي كلها",
            ask=True,
        ),
        # Passive: death may come, not waking, hit by a car, "ya rab 5odny", not being here.
        Rule(
            "passive",
            "لو (?:جاني|جاءني|اجاني|اجا|جا|جه) الموت|(?:لما|ما|مش) (?:ه|ح|رح )?(?:قاومته|اقاومه"
            "|قاومه|هقاومه)"
            "|(?:يا ريت|ياريت|يا رب|يارب|ليتني|يا ليت) (?:ما|مش) (?:فقت|صحيت|فيقت|قمت|اتولدت"
            "|انولدت|خلقت)"
            "|(?:يا رب|يارب|ربنا|الله) (?:خدني|ياخدني|تاخدني|ياخذني|تاخذني|اخذني)"
            "|لو (?:عربيه|سياره|طياره|قطر|تريلا)(?: [^ ]+)? (?:خبطتني|دهستني|داستني|صدمتني|دعمتني)"
            "|ya ?(?:reit|rit|ret|rait|rete|reet) (?:ma|mash|mesh|msh) (?:fi2[ie]t|fe2t|s7[ie]t"
            "|sa7[ie]t"
            "|sa7eet|fa2t|t?wlad|etwlad|enwlad|et?walad)"
            "|ya ?rab[ie]? (?:5odn[iy]|khodn[iy]|5ozn[iy]|5edn[iy]|t[ae]5odn[iy]|tekhodn[iy]"
            "|ta5dn[iy])"
            "|rabna (?:ya5odn[iy]|yakhodn[iy]|ya5dn[iy])"
            "|(?:lw|law|lo|low) (?:[^ ]+ )?(?:3arabeya|3arabia|3rbya|3arabiya|sayara|tayara"
            "|otobees|atr)"
            "(?: [^ ]+)? (?:5abat[^ ]*|dah?as[^ ]*|da2as[^ ]*|das[ae]tn[iy]|da2[ae]?tn[iy]"
            "|sadam[^ ]*)"
            "|(?:law|lw|lo) ma (?:ken[ie]?t|kont|kunt) (?:mawjoud[^ ]*|mawgoud[^ ]*|mawjud[^ ]*)",
        ),
        # Plans: pills hoarded, the balcony on a high floor.
        Rule(
            "plan",
            "(?:جمعت|لميت|خبيت|حوشت|شريت|اشتريت) (?:[^ ]+ )?(?:حبوب|ادويه|برشام|دوا|علب دوا)"
            "|(?:jama3t|jam3t|lamet|lammet|5abet|5abeet|7awesht|eshtaret|eshtara|eshtarayt"
            "|shareit) (?:[^ ]+ )?"
            "(?:7b[ou]b|7ob[ou]b|7bob|dawa|adw?ye|adwya|ad[ie]wya|bersham|pills)"
            "|(?:fel|fi|f|3al|3a|3la|3ala) (?:el )?(?:balakona|balkona|balcona|balakon|balkon|sat7"
            "|sate7|roof)"
            "(?: [^ ]+)? (?:el )?(?:dor|tab2|tabe2|floor|ta?bek)"
            "|(?:في|فوق|على|علي|ع) (?:ال)?(?:بلكونه|بلكونة|سطح|بلكون)(?: [^ ]+)? (?:ال)?(?:دور"
            "|طابق)",
        ),
        # Self-harm: cutting the forearm, scratching till it bleeds, long sleeves in the heat.
        Rule(
            "self_harm",
            "(?:ba|b|ha|bet|2a|a)?2a?ta3 (?:fe|fi|f) (?:dera3[iy]|dra3[iy]|id[iy]|eid[iy]|ideya"
            "|iday[ey]?"
            "|rigl[iy]|regl[iy]|gesm[iy]|jesm[iy]|ma3sam[iy])"
            "|[^ ]*(?:5arbesh|kharbesh|5arbsh|5armesh|kharmesh)[^ ]*(?: [^ ]+)?(?: [^ ]+)? (?:la"
            "|lal|lel|l|7ata"
            "|hata|le7ad|l7ad|la7ad) ?(?:el )?dam"
            "|[^ ]*(?:خربش|خرمش|اقطع|بقطع|بحك|احك|جرح)[^ ]*(?: [^ ]+)?(?: [^ ]+)? (?:للدم|لحد الدم"
            "|حتي الدم"
            "|لين الدم|لين يطلع دم|لحد ما يطلع دم)",
        ),
        Rule(
            "self_harm",
            "(?:اكمام طويله|كم طويل|اكمام|بلوزه بكم"
            "|long sleeves?)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
            " (?:تعرف|تعرفي|فاهم|فاهمه|عارف|عارفه|ta3ref|ta3rfi|fahem|fahma|3aref) (?:ليش|ليه|لي"
            "|leh|lesh|lish)",
            ask=True,
        ),
        # Danger without "kill": "next time I won't let you go", hands on the neck, waiting outside.
        Rule(
            "danger",
            "(?:المره الجايه|المره الجاي|المره اللي جايه|المره الجايه) (?:مش|ما|مو|لن) (?:ه|ح|رح )?"
            "(?:سيبك|اسيبك|رحمك|ارحمك|وقف|اوقف|اتركك|تركك)"
            "|[^ ]*(?:ايد|ايده|ايديه|ايدو|يده|يديه|اصابعه)[^ ]* (?:على|علي|ع|حوالين) (?:رقبتي|زوري"
            "|حلقي)"
            "|(?:el mara el gaya|el marra el gaya|el mara ely gaya) (?:msh|mesh|mish|ma) (?:ha"
            "|7a)?(?:s[ei]y?b[ie]k|ar7am[ae]k)"
            "|(?:بيصف|بتصف|بيركن|بتركن|بيستناني|بتستناني|بيقف|بتقف|واقف|واقفه|راكن|راكنه|قاعد"
            "|قاعده)(?: [^ ]+)?(?: [^ ]+)?"
            " (?:قدام|جنب|تحت|عند) (?:شغلي|بيتي|مكتبي|شباكي|عمارتي|جامعتي)"
            "|(?:لن|مش ه|مش هت|ما رح|مش رح) ?(?:اعيش|تعيشي|تعيش|عيشك) (?:طويلا|كتير|كثير)"
            "|(?:جه|جاء|اجا|اجي|راح) (?:الي |على |علي |عند |ل)?مدرس[^ ]* (?:ابنتي|بنتي|ابني|ولادي"
            "|الاولاد|العيال"
            "|اطفالي|بناتي)(?: [^ ]+)? (?:بدون|من غير|دون|بلا)"
            "|(?:حاول|بيحاول|حاولت|بتحاول) (?:ياخد|ياخذ|اخذ|يخطف|خطف|تاخد|تاخذ)(?:ها|هم|ه|و)?"
            "|(?:3arabeyto|3arabyto|3arabito|sayarto|3arabeyt[ae]ha"
            "|sayarat?ha)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
            "(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:5ayf[ae]?|5aif[ae]?|khayf[ae]?|ba5af"
            "|b5af)"
            "|(?:3arf|3aref|3erf|ye3raf|3rf|3arfa|3arif|la8a|la2a)[^ ]* (?:3enwan[iy]|3nwan[iy]"
            "|3inwan[iy]"
            "|address[iy]?|beit[iy] el gdid|bet[iy] el gdid)"
            "|(?:عارف|يعرف|عرف|عرفت|عارفه|لقي) (?:ال)?(?:عنواني|عنوان بيتي|بيتي الجديد"
            "|شقتي الجديده)",
        ),
        Rule(
            "danger",
            "[^ ]*لاقي(?:ني|كي|ك) (?:في |ف |ب)?(?:اي) (?:حته|مكان|مطرح)|(?:وين|فين) ما (?:تروحي"
            "|تكوني|رحتي)"
            "|[^ ]*la2[iy]k[iy]? (?:f|fe|fi|b) ?(?:ay|ai|aii) (?:7eta|makan|mat7ar)",
        ),
        Rule(
            "danger",
            "(?:سيارته|سيارتها|عربيته|عربيتها)(?: [^ ]+)? (?:قدام|تحت|جنب) (?:شغلي|بيتي|مكتبي"
            "|شباكي|عمارتي)"
            "|(?:5ayfa|5ayfe|khayfa|5ayef|5aif|ba5af|b5af) (?:a|ana |an )?(?:anzel|a5rog|akhrog"
            "|atla3|otla3)"
            "|(?:خايفه|خايف|بخاف) (?:ان)?(?:انزل|اطلع|اخرج) (?:من البيت|برا|لبره)?"
            "|(?:tany|tani|kaman|3awd) (?:[^ ]+ )?(?:ta7t|t7t|odam|2odam) (?:el )?(?:beit|bet|bait"
            "|3omara)",
            ask=True,
        ),
        # Someone else: giving things away, threatening to kill himself, a goodbye in the stories.
        Rule(
            "other_at_risk",
            "(?:بتوزع|بيوزع|توزع|يوزع|وزعت|وزع|عم يوزع|عم توزع|بتفرق|قاعده توزع"
            "|بتدي الناس) (?:كل )?"
            "(?:حاجتها|حاجته|حاجاتها|حاجاته|اغراضها|اغراضه|اشياءها|اشياءه|حوايجها|حوايجه|غراضها"
            "|غراضه)"
            "|(?:bt|bet|bit|by|bey|bi|b)?wa?za3[^ ]* (?:kol )?(?:7agat(?:ha|o)|7agtha"
            "|7agto|a8radha|ghradha|ghrado|ghradha|7wayejha)"
            "|(?:ha|hay|7a|ra7 y|bey|by|h)?y?[ae]?maw[ae]?t nafs(?:o|ha|ou|u)|y?2tel nafs(?:o|ha)"
            "|(?:story|status|post|kateb|katba|nazel|nazal|7at|7atet|3amel"
            "|3amla)(?: [^ ]+)?(?: [^ ]+)?"
            " (?:sam7on[iy]|sam7un[iy]|sama7on[iy]|wada3an|bye kolokom)"
            "|(?:ستوري|حالته|حالتها|كاتب|كاتبه|حاطط|حاطه|نزل"
            "|نزلت)(?: [^ ]+)?(?: [^ ]+)? (?:سامحوني|وداعا|الوداع)",
        ),
        Rule(
            "suicidal",
            "(?:مفيش|ما في|مافي|مالي|ما الي) (?:حل|طريق|مخرج) (?:غير|الا|سوي) (?:اني |ان )?(?:امشي"
            "|اموت|اخلص"
            "|ارحل|انهي)|(?:mafish|mafesh|ma fi|mafi) (?:7al|tari2) (?:gheir|8eir|ela|8er) (?:eny "
            "|ani |en )?"
            "(?:amshy|amshi|amot|a5las|ar7al)",
        ),
        Rule(
            "suicidal",
            "(?:النهارده|الليله|بكره|بكرا|قريب|اليوم) (?:كل حاجه|كل شي|كلشي|كل شيء) (?:ه|ح|رح "
            "|راح )?(?:تخلص"
            "|هتخلص|تنتهي|يخلص|بيخلص)|(?:el naharda|el lela|el leila|el yom|bokra) kol (?:7aga"
            "|shi) (?:hat|7at|ra7)?"
            " ?(?:5las|5alas|tentehy|te5las)",
            ask=True,
        ),
        Rule(
            "passive",
            "(?:انام|هنام|بنام|نام)(?: [^ ]+)? (?:و)?(?:مش|ما|مو) (?:ه|ح|رح )?(?:اصحي|اصحا|اصحاش"
            "|صحي|افيق|اقوم)"
            "|(?:انام|نام) (?:للابد|على طول)|anam (?:w |we )?(?:ma|mesh|msh|mo) (?:a|ha|7a)?(?:s7a"
            "|s7ash|as7a"
            "|as7ash|fi2|fe2)",
        ),
        Rule(
            "danger",
            "[^ ]*حبسني|[^ ]*حابسني|قفل (?:علي|عليا) (?:الباب|الشقه|الاوضه)|[^ ]*7abasn[iy]"
            "|[^ ]*7absn[iy]"
            "|2afal 3alaya (?:el )?bab",
        ),
        Rule(
            "danger",
            "(?:بيكسر|يكسر|بيخبط على|بيدق على|بيرفس|كسر|عم يكسر"
            "|بكسر) (?:ال)?باب(?! (?:عشان|علشان|لان) (?:ال)?مفتاح)"
            "|(?:b?y?e?ksar|bykassar|beyksar|byeksar|kasar|3am yeksar"
            "|beykhabat 3ala|byekhbat 3ala) (?:el )?bab",
        ),
        Rule(
            "danger",
            "(?:قفلت|قافله|قافل|قفلت على نفسي|مستخبيه|مستخبي|اتخبيت"
            "|خبيت حالي|سكرت على حالي)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:في"
            "|ف|بال)?(?:ال)?(?:حمام|اوضه|اوده|غرفه|دولاب)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:ه"
            "و|وهو) ",
            ask=True,
        ),
        Rule(
            "danger",
            "(?:2afalt|2afla|2afel|mestakhabya|mestakhabi|etkhabet"
            "|khabbet 7ali|sakkart 3ala 7ali) (?:3ala nafsi |3ala 7ali )?(?:fel"
            "|fi el|f el|bel) ?(?:7amam|oda|ooda|ghorfa)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:ho"
            "wa|w howa|huwe)",
            ask=True,
        ),
        Rule(
            "danger",
            "(?:من|بيبعت من|بيكلمني من|بيتصل من) (?:ارقام|نمر|اكونتات"
            "|حسابات) (?:مختلفه|جديده|تانيه|غريبه|كتير)|(?:men|mn"
            "|b?y?ab3at men|bayeb3at men) (?:arqam|ar2am|nomar|accounts"
            "|akawent) (?:mokhtalfa|mkhtlfa|gedida|gdeda|tanya|ghariba)",
        ),
        Rule(
            "danger",
            "(?:عربيته|سيارته) (?:عند|قدام|جنب|تحت) (?:مدرسه|بيت"
            "|شغل|شغلي|بيتي|البيت|العماره|مكتب|جامعه)[^ ]*|(?:3arabeyto"
            "|3arabiyto|sayarto|sayyarto) (?:3and|2odam|odam|ganb"
            "|ta7t) (?:madraset|madrast|beit|bet|shoghl|maktab|el beit"
            "|el bet|el 3omara)[^ ]*",
        ),
        Rule(
            "danger",
            "(?:marra|mara|مره|ساعات|sa3at|2al|2ali|قال|قالي|katab"
            "|كتب|bey2ool|بيقول|byktb|بيكتب)(?: [^ ]+)?(?: [^ ]+)? (?:enty"
            "|enti|inti|enta|انتي|انت) (?:khelsti|5elsti|khalasti"
            "|خلصتي)(?! (?:el|al|wala|walla|lessa|ال|والا|ولا|لسه)[^ ]*)",
        ),
        Rule(
            "danger",
            "(?:مش|مش ه|ما|ما رح|ما راح) ?(?:هتهربي|تهربي|هتهرب"
            "|تهرب|تفلتي|هتفلتي) (?:مني|من ايدي)|(?:mesh|msh|mish"
            "|ma|ma ra7)? ?(?:hatehrabi|hatehrab|tehrabi|hatoflati"
            "|7atehrabi) (?:menni|meni|mni|men eidi)",
        ),
        Rule(
            "danger",
            "(?:المره|المرا) (?:الجايه|الجاي|الياي|القادمه) (?:مش"
            "|ما|ما رح|ما راح|لن) (?:هيقف|حيوقف|يوقف|رح يوقف|هيرحمك"
            "|هيسيبك|هيسيبني|يتوقف|يرحمني|هيرحمني)(?! (?:عند|في"
            "|على|ع|قدام|جنب)(?: |$))|el mara el (?:gaya|jaye|jaya) (?:mesh"
            "|msh|mish|ma) (?:hay2af|hayo2af|7ay2af|ye2af|hayr7amni"
            "|hayseebni)",
        ),
        Rule(
            "other_at_risk",
            "(?:الكل|كلكم|كلنا|الناس|اهله|اهلها) (?:هيرتاح|بيرتاح"
            "|حيرتاح|رح يرتاح|راح يرتاح|هيرتاحوا|بيرتاحوا|يرتاحوا) (?:من دونه"
            "|من غيره|منه|بدونه|من دونها|من غيرها|بدونها|منها)|(?:el kol"
            "|kolo|kollo|kolna) (?:hayerta7|byerta7|ra7 yerta7|7ayerta7"
            "|hayerta7o) (?:men gheiro|mn gheiro|men doono|bdoono"
            "|meno|men gheirha|bdoonha)",
        ),
        Rule(
            "other_at_risk",
            "(?:هيروح|حيروح|رايح|رح يروح|بدو يروح|ناوي يروح|هيطلع"
            "|طالع) (?:على |ع |عل )?(?:ال)?(?:كوبري|جسر|سطح)|(?:hayroo7"
            "|hayro7|7ayroo7|ra7 yroo7|beddo yroo7|rayi7|raye7) (?:el "
            "|3al |3ala el |3a )?(?:kobry|kobri|kubri|jisr|gesr"
            "|sat7)",
        ),
        Rule(
            "other_at_risk",
            "(?:اختي|اخويا|اخوي|اخي|صاحبي|صاحبتي|صحبتي|بنتي|ابني)(?: [^ ]+)?(?: [^ ]+)? (?:عنده"
            "ا|عنده|فيها|فيه) (?:جروح|جرح|علامات) (?:جديده|جديد)?"
            "|(?:okhti|o5ti|akhoya|akhoy|sa7bi|sa7bti|benti|ebni)(?: [^ ]+)?(?: [^ ]+)? (?:3and"
            "aha|3ando|3andha|feeha|fiha) (?:garo7|gro7|jro7|joroo7"
            "|jar7|3alamat)",
        ),
        Rule(
            "passive",
            "(?:مش|ما|مش ه|ما رح|ما راح|لن) ?(?:هكون|اكون|حكون) (?:عب[ءا]?"
            "|عبيء|تقيل|تقيله|حمل) (?:على|ع|عل) (?:حد|احد|حدا|اي حد"
            "|حدا|الناس)|(?:mesh|msh|mish|ma ra7|ma 7)? ?(?:hakoon"
            "|hakon|akoon|7akoon) (?:3ab2|3eb2|3ib2|te2eel) (?:3ala"
            "|3a|3al) (?:7ad|7ada|a7ad|el nas)",
        ),
        Rule(
            "passive",
            "(?:مستني|مستنيه|بستني|بستنا|ناطر|ناطره|منتظر|منتظره"
            "|بنطر) (?:كل ده |كل دا |كل شي |الدنيا |الحياه )?(?:يخلص"
            "|تخلص|ينتهي|تنتهي|يخلص لوحده)|(?:bastana|bastanna|mstanni"
            "|mestanni|mestaniya|nater|natra|bntor) (?:kol da |kol shi "
            "|el donya |kolo )?(?:yekhlas|ykhlas|yekhallas|yintihi"
            "|yentehi|tekhlas)",
            ask=True,
        ),
        Rule(
            "passive",
            "(?:نمت|انام|نام|نمت و|اتنام) ?(?:و|وما|ومش|وما ?عاد)? ?(?:ما"
            "|مش)? ?(?:قمتش|صحيتش|اصحاش|اصحى|قمت|صحيت|فقت|افيق|اقوم)(?: تاني"
            "| ابدا| خالص)?(?= (?:محدش|ما حد|مش حد|حد)| $)|(?:nemt"
            "|anam|nam) (?:w|we|wa) ?(?:ma|mesh|msh)? ?(?:2omtesh"
            "|2omtish|so7etsh|sa7etsh|sa7eetsh|2om|as7a|2oom)(?: tani"
            "| abadan)?(?! (?:le7ad|la7ad|l7ad|7atta|ella|gher|abl"
            "|ba3d|badri|el|fel)[^ ]*)",
        ),
        Rule(
            "passive",
            "(?:مش فارقه معايا|مش فارق معايا|ما عاد يهمني|ما يهمني"
            "|مش مهم|مابيهمني|ما بيهمني|مو مهم) (?:اللي|ايه|شو|ايش"
            "|وش|شي) (?:يحصلي|هيحصلي|بيحصلي|يصير|بيصير|يصيرلي|يجرالي"
            "|يحصل لي)|(?:ma 3ad|mesh|msh|mish|ma) (?:yhemmni|yehmni"
            "|yhmni|yhemni|fare2a ma3aya|far2a ma3aya) (?:shu|eh"
            "|elly|illi|sho|wesh) (?:bsir|ysir|by7sal|ye7sal|ye7salli"
            "|hay7sal)",
            ask=True,
        ),
        Rule(
            "passive",
            "تعبت من (?:الوجود|العيشه|العيش|الحياه)|(?:ta3abt|t3bt"
            "|ta3bana) (?:men|mn) (?:el )?(?:wogood|wujood|wjood"
            "|7aya|3eesha)",
        ),
        Rule(
            "plan",
            "(?:mkhattet|mekhattat|mkhatteta|mkhattatt?|khatatt"
            "|5atatt|mrattab|mrattba) (?:le )?(?:kol|kul) (?:shi"
            "|7aga|haga|shay)",
        ),
        Rule(
            "plan", "(?:مخطط|مخططه|خططت|رتبت|مرتب) (?:ل)?(?:كل شي|كل شيء|كل حاجه|كل حاجة|لكل حاجه)"
        ),
        Rule(
            "plan",
            "(?:اديت|اعطيت|عطيت|وديت|سلمت|سبت|خليت) (?:القطه|الكلب"
            "|قطتي|كلبي|البسه|بسي|بسينتي|العصافير)(?: [^ ]+)? (?:ل"
            "|لجارتنا|لجارتي|لجاري|لاختي|لاخويا|لصاحبتي|لجيرانا)[^ ]*"
            "|(?:edeet|a3tet|3atet|waddet|sallamt|sebt) (?:el 2otta"
            "|el kalb|2otti|kalbi|el bessa|bessi)(?: [^ ]+)? (?:le"
            "|li|la)[^ ]*",
        ),
        Rule(
            "plan",
            "(?:الحبوب|الحبايب|البرشام|الدوا|الدواء|العلب|الاقراص) (?:على"
            "|ع|فوق) (?:ال)?(?:طاوله|تربيزه|ترابيزه|سرير)(?! (?:[^ ]+ )?(?:اخدتها"
            "|خدتها|للصداع|للضغط|للبرد|بتاعه|بتاعت))|(?:الحبوب|البرشام"
            "|الحبايب) (?:جنبي|قدامي|معايا|عندي جاهزه)|el (?:7obob"
            "|7boob|7obob|bersham|dawa) (?:3ala|3a|fo2) (?:el )?(?:tarabeiza"
            "|tarabeza|tawla|sereer)",
        ),
        Rule(
            "plan",
            "(?:كتبت|سبت|خليت) (?:جواب|رساله|ورقه|وصيه)(?: [^ ]+)?(?: [^ ]+)? (?:و"
            "|ورتبت|واديت)(?: [^ ]+)*? (?:القطه|الكلب|الدولاب|حاجاتي)",
        ),
        Rule(
            "self_harm",
            "(?:بقرص|قرصت|اقرص|بعض|عضيت|اعض) (?:نفسي|حالي|ايدي)(?: [^ ]+)*? (?:ازرق"
            "|زرقه|يزرق|دم|يجيب دم|كدمات)|(?:ba2ros|bo2ros|2arast"
            "|ba2rus|a2ros|ba3od|3addet) (?:nafsi|7ali|eidi)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?"
            ": [^ ]+)?(?: [^ ]+)? (?:zor2a|zar2a|yezra2|dam|kadamat)",
        ),
        Rule(
            "self_harm",
            "(?:ba2ta3|2ata3t|ba2ta3t|a2ta3|bagra7|gara7t|agra7"
            "|bashrat|sharat|basharat|bakhrabsh|kharbesht|akharbesh) (?:nafsi"
            "|7ali|ro7i)",
        ),
        Rule(
            "self_harm",
            "(?:اخربش|بخربش|خربشت|بخرمش|خرمشت|بشرط|شرطت|اشرط|بجرح"
            "|جرحت|اجرح|بقطع|قطعت|اقطع) (?:في )?(?:نفسي|حالي|روحي"
            "|جسمي|ايدي|دراعي|رجلي)",
        ),
        Rule(
            "self_harm",
            "(?:بضرب|ضربت|بخبط|خبطت|اخبط|اضرب|بدق|دقيت) (?:راسي"
            "|دماغي)(?: [^ ]+)? (?:في|ف|بال|فال|بـ)?(?:ال)?(?:حيط"
            "|حيطه|حايط|حيطان|باب|ارض)|(?:badrob|darabt|bakhbat"
            "|khabatt|bakhabbat|adrab|akhbat) (?:rasi|dma8i|demaghi"
            "|dmaghi)(?: [^ ]+)? (?:bel|fel|fi el|f el|fi|bi) ?(?:7eet"
            "|7ayt|7a2et|7eta|ard)",
        ),
        Rule(
            "self_harm",
            "(?:اشوف|شوف|يشوف|اشوف ال)(?: ال)? ?(?:دم|الدم)(?: [^ ]+)? (?:عشان"
            "|علشان|حتى|لحتى|كي) (?:اهدي|اهدا|ارتاح|ابرد)|(?:ashoof"
            "|ashof|ashuf|nshoof) (?:el )?dam (?:3ashan|3shan|la7atta"
            "|7atta|3ashn) (?:ahda|ahdaa|arta7)",
        ),
        Rule(
            "self_harm",
            "(?:اوجع|بوجع|وجعت|اذيت) (?:حالي|نفسي)|(?:خبيت|مخبيه"
            "|مخبي|مخبيا|خبيتها) (?:ال)?(?:شفره|الشفره|موس|موسي"
            "|شفرات|الشفرات|الموس)",
        ),
        Rule(
            "suicidal",
            "(?:abi|abghi|ab8a|beddi|bidi|3ayez|3ayza|nefsi|3awz"
            "|3awza|ba9i) (?:a)?kh?t[ae]f[iy] (?:nehai?yan|nehaiyyan"
            "|nihaiyan|lel abad|3al abad|ila al abad)|(?:اختفي|اختفى) (?:نهائيا"
            "|نهاييا|للابد|عالابد|الي الابد)",
        ),
        Rule(
            "suicidal",
            "(?:mesh|msh|mish|ma7|ma ra7|mo) (?:ha|7a|ra7 )?3ee?sh (?:men"
            "|mn|bala|bdoon) (?:gheiro|gheirha|gheirak|gheirek|ghero"
            "|gheru|doono|doonak|doonha)|(?:مش|ما رح|ما راح|مو|لن) ?(?:هعيش"
            "|حعيش|اعيش|عيش) (?:من غيره|من غيرها|من غيرك|بدونه|بدونها"
            "|بدونك|بلاه|بلاها|بلاك)",
        ),
        Rule(
            "suicidal",
            "(?:men gher ma|men ghir ma|mn gher ma|3ashan ma|3shan ma"
            "|bdoon ma|mesh|msh|ma) (?:mama|ahli|7ad|baba|abooya"
            "|omi|ommi|el nas) (?:ytla2eeni|tla2eeni|yla2eeni|tla2ini"
            "|yl2ooni|tel2ani|yla2ooni|yel2ani|t2ani)|(?:من غير ما"
            "|عشان ما|علشان ما|بدون ما|مش|ما|حتي ما|لحتي ما) (?:ماما"
            "|امي|اهلي|حد|بابا|ابويا|الناس) (?:تلاقيني|يلاقيني|يلاقوني"
            "|تلقاني|يلقوني|يلاقوا جثتي)",
        ),
        Rule(
            "suicidal",
            "(?:بفكر|افكر|فكرت|عم فكر) (?:ازاي|كيف|ازي) (?:اعملها"
            "|اعمله|اخلص|انهيها)|(?:bafakar|bafaker|afakar|bfakker"
            "|3am fakker) (?:ezay|ezzay|kif|keef) (?:a3melha|a3mlha"
            "|akhallas|anheeha)",
            ask=True,
        ),
        Rule(
            "suicidal",
            "(?:3ayez|3ayza|abi|beddi|bidi|3awz) (?:kol|kul) (?:da"
            "|shi|7aga|dah) (?:yekhlas|ykhlas|yintihi|yentehi)|(?:عايز"
            "|عايزه|بدي|ابي|ابغي) (?:كل ده|كل شي|كل حاجه) (?:يخلص"
            "|ينتهي)",
            ask=True,
        ),
        Rule(
            "suicidal",
            "(?:انهي|اخلص|انهيها|اخلصها) (?:كل شي|كل شيء|كل حاجه"
            "|حياتي|كله|عمري|على حالي|على نفسي)(?: [^ ]+)? (?:بايدي"
            "|بنفسي|بيدي)|(?:افكر|بفكر|فكرت|عم فكر) (?:كتير |كثير "
            "|جديا )?(?:اني|ان|باني|في اني) (?:انهي|انهيها|اخلص على"
            "|انتحر|اموت)",
        ),
        Rule(
            "suicidal",
            "(?:الجراج|الكراج|الجراش|جراج|كراج)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:و)?(?:الموت"
            "ور|المحرك|الماتور|موتور|محرك) (?:شغال|داير|دايره|مشغل"
            "|مدور)|(?:garage|garaj|karaj)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:w "
            "|we )?(?:el )?(?:motor|moharek|matoor) (?:shaghal|sha8al"
            "|dayer|msha8al)",
        ),
        Rule(
            "suicidal",
            "(?:la|la2|la2a) (?:bgad|bjad|begad|bjd|jad|serious)(?: [^ ]+)?(?: [^ ]+)? (?:bafak"
            "ar|bfakkar|afakar|bafaker)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:kol"
            "|kul) (?:leila|lela|yom|youm)|(?:لا|لا لا) (?:بجد|جد"
            "|جديا)(?: [^ ]+)?(?: [^ ]+)? (?:بفكر|افكر)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:كل)"
            " (?:ليله|يوم)",
            ask=True,
        ),
        Rule(
            "plan",
            "(?:بس |بس كنت )?(?:حبيت|حابب|حابه|بدي|كنت عايز|كنت عايزه"
            "|عايزه|عايز) (?:حد|حدا|احد) (?:يعرف|يكون عارف)|(?:bas )?(?:7abbet"
            "|7abet|kan lazem|beddi|3ayez|3ayza) (?:2ool |a2ool "
            "|a2ol )?(?:le ?7ada|la 7ada|le 7ad|7ad|7ada) (?:ye3raf"
            "|ya3ref)?",
            ask=True,
        ),
    ),
    exceptions=(
        # Teasing over a small offence: "هقتلك لو اتأخرتي تاني".
        "(?:ه|ح|رح |هـ)?(?:قتلك|اقتلك|موتك|اموتك|دبحك|ادبحك)(?:ي)? (?:لو|اذا|إذا) (?:ا"
        "|ات)?(?:تاخرت|اتاخرت|تاخرتي"
        "|نسيت|نسيتي|اكلت|اكلتي|صحيتني|حرقت|حرقتي)[^ ]*"
        "|[^ ]*(?:2tel[ae]k|2tlak|mawet[ae]k|db7[ae]k|dab7[ae]k) (?:lw|law|lo|iza"
        "|eza) (?:et2a5art[iy]?|t2a5art[iy]?"
        "|nset[iy]?|nsit[iy]?|kalt[iy]?|akalt[iy]?|7ara2t[iy]?|sa7etn[iy])",
        # On the bridge in traffic, a washing line.
        "(?:انا )?(?:على|علي|ع|فوق) (?:ال)?كوبري (?:رايح[^ ]*|في زحمه|زحمه|بالعربيه|في الطريق"
        "|راجع[^ ]*)"
        "|(?:ana )?(?:3al|3ala|fo2) (?:el )?kobry (?:f |fe |fi )?(?:zahma|za7ma|ray7a?|rag3a?"
        "|fel 3arabeya)",
        "(?:[^ ]+ )?(?:حبل|7abl|habl) (?:غسيل|الغسيل|للغسيل|نط|للبلكونه|ghaseel|ghasil|nat)",
        # A game taunt: "mesh hasibek teksab".
        "(?:el )?(?:mara|marra) (?:el |ely )?(?:gaya|gaia) (?:mesh|msh|mish) (?:ha"
        "|7a)?s[ei]y?b[ie]k (?:teksab|tekseb|tefoz|tesba2|tesbo2|tekesb)",
        # Songs, laughter and chores that "kill", in script and Arabizi.
        "[^ ]*(?:قتلتني|قتلني|ذبحتني|ذبحني|دبحتني|دبحني|موتتني|موتني)(?: [^ ]+)? (?:هال|ال|بال"
        "|من ال|م ال)?"
        "(?:اغنيه|اغاني|ضحك|ضحكه|نكته|جمال|حلاوه|صوتك|ضحكتك|حلوه|فيديو|مقطع|كيوتنس)",
        "[^ ]*(?:5ana2n[iy]|kh?ana2n[iy]|2atalni|2atln[iy]|mawetn[iy]|dab7n[iy]|2atalna"
        "|2atlna) (?:bel|bl|b"
        "|fel|mn|men|bi) ?(?:el )?(?:shoghl|shogl|sho8l|shoghol|kalam|wagbat|da7k|d7k|emte7anat"
        "|mozakra"
        "|homework|work|zah2|malal|7ar)",
        "[^ ]*nt[ae]?7[ae]?r[^ ]* (?:men|mn|min|m) (?:el )?(?:malal|zah2|zahe2|ta3ab|7ar|da7k|d7k"
        "|gou3|go3"
        "|jou3|bard|mozakra|shoghl|emte7an|lecture|mo7adra)",
        # A sister's or friend's "I'll kill you" quoted with a laugh.
        "(?:o5t[iy]|okht[iy]|ukht[iy]|ekht[iy]|a5o?y[ae]|sa7bt[iy]|sa7bet[iy]|sa7b[iy]|mam[ae]"
        "|mamt[iy]|omy"
        "|omi|2omy|baba)(?: [^ ]+)?(?: [^ ]+)? [^ ]*(?:2t[eoiu]?l[ae]k|maw[ae]?t[ae]k"
        "|db[ae]?7[ae]k|mawet(?:o|ha))",
        # Self-harm that belongs to the past: "كنت جرح حالي زمان".
        "كنت (?:[^ ]+ )?[^ ]*(?:جرح|قطع|اذي|ضرب)[^ ]* (?:حالي|نفسي|روحي|ايدي)(?: [^ ]+)? (?:زمان"
        "|من زمان|قبل"
        "|وانا صغير[^ ]*)",
        # Figures of speech: dying of laughter or hunger, "بموت فيك", chores that "kill".
        "[^ ]*(?:موت|اموت|بموت|هموت|حموت|ميت|ميته|مت|موتني|قتلني|قتلتني|يموتني|ذبحني"
        "|دبحني)(?: [^ ]+)? (?:من|م)"
        " (?:ال)?(?:ضحك|جوع|عطش|برد|حر|تعب|ملل|زهق|غيظ|فرحه|خوف|كسوف|خجل|نوم|قهر|شوق|حب|غيره)",
        "(?:قتلت|موتت|هلكت) (?:نفسي|حالي) (?:[^ ]+ )?(?:في|ف|من|بال|شغل|مذاكره|دراسه|تمرين|ضحك"
        "|جيم)[^ ]*",
        f"{_A_TEASER}(?: [^ ]+)?(?: [^ ]+)? [^ ]*(?:قتلني|قتلتني|موتني|دبحني|دبحتني|ذبحني|ذبحتني"
        "|قتلك|موتك|دبحك|ذبحك)",
        f"{_A_KILLS_ME} (?:بكلامه|بكلامها|بنظرته|بضحكته|بجماله|بحلاوته|بكلمه|بحلاوتها|بجمالها)",
        "خنق[^ ]* (?:ال)?(?:ريحه|دخان|زحمه|حر|عياط|بكا|دموع|كلام)",
        "ضرب[^ ]* (?:ال)?(?:برد|شمس|حر|دور برد|صداع|ملل)",
        "[^ ]*(?:حرق|جرح|قطع)[^ ]* (?:[^ ]+ )?(?:وانا بطبخ|وانا بعمل|بالغلط|من غير قصد|بالخطا"
        "|في المطبخ)",
        "حبل (?:ال)?غسيل",
        "(?:[^ ]+ )?(?:[^ ]+ )?(?:على|ع|فوق) (?:ال)?سطح (?:[^ ]+ )?(?:بنشر|بنشور|الغسيل|غسيل|شاي"
        "|قهوه|سهرانين|مع صحابي|مع اصحابي|مع الشله|بنسهر)",
        # Negation.
        "(?:مش|مو|ما|لا|مب|مابي|مابغي|مبغي|مابدي|مبدي|ماودي|مش عايز[^ ]*"
        "|مش عاوز[^ ]*) (?:[^ ]+ )?(?:ان )?ا?موت",
        "(?:ما|مش|مو|لا|مفيش|ما في|مافي|ماعندي|ما عندي|معنديش|مش عندي)(?: [^ ]+)? (?:افكار|فكره"
        "|تفكير)(?: [^ ]+)? [^ ]*نتح(?:ر|ار)[^ ]*",
        "(?:مش|ما|مو|لا|لن|مستحيل) (?:ه|ح|رح |راح |ب|ا)?(?:نتحر|انتحر)|(?:عمري|عمرى) (?:ما"
        "|م) (?:[^ ]+ )?(?:(?:في|ف|عن) )?"
        "(?:ال|بال)?(?:انتحار|انتحر)|(?:مش|ما|مو|لا) (?:ب|ه|ح)?(?:فكر|افكر) (?:(?:في|ف|ب) )?(?:ال"
        "|بال)?انتحار",
        "(?:مش|ما|مو|لا|لن|عمري ما|عمري م) ?(?:ه|ح|رح |راح |ب)?(?:اذي|اوذي|اجرح|اقتل"
        "|انتحر) (?:نفسي|حالي)",
        "(?:عمره|عمرها|عمر[^ ]*) (?:ما|م) [^ ]+(?: [^ ]+)?(?: [^ ]+)?|لم (?:ي|ت)[^ ]+|(?:مش|ما|مو"
        "|لا) (?:[^ ]+ )?(?:بي|بت|ي|ت)?(?:ضرب|خنق|هدد|قتل)[^ ]*",
        "(?:مش|ما|مو|مبقتش) (?:عارف|عارفه|بعرف|اعرف) (?:انا )?(?:فين|وين)",
        f"{_Z_NOT} (?:[^ ]+ )?{_Z_DIE}",
        f"(?:{_Z_NOT}|3omr[^ ]*(?: ma)?) (?:ha|7a|ba|ra7|rah)? ?2?[ae]?(?:z|th"
        "|dh)[iy](?:t)? (?:nafs[iy]|7al[iy])",
        "3omr[^ ]* (?:ma|m|mesh|msh|mish|la) [^ ]+(?: [^ ]+)?(?: [^ ]+)?",
        f"{_Z_NOT} [^ ]*t[eaou]?l {_Z_SELF}",
        f"{_Z_NOT} [^ ]*(?:nt[aei]7[aei]?r|nt[ae]h[aei]r)[^ ]*",
        "(?:ma|msh|mesh|mish|mosh|la|mafish|mafi|ma fi) (?:3andi |3ndi )?(?:ay |ai )?(?:afkar"
        "|fekra|tafkir)(?: [^ ]+)? [^ ]*(?:nt[aei]7[aei]?r|nt[ae]h[aei]r)[^ ]*",
        "(?:3omr[^ ]* (?:ma|m) (?:[^ ]+ )?|(?:msh|mesh|mish|ma|mosh|la|lan) (?:ba|b|ha"
        "|7a)?(?:fakar|fkr|afakar|afkar) )"
        "(?:fel |fi el |fe el |f el |bel |bl )?(?:inte7ar|intehar|ente7ar|entehar|inti7ar|intihar)",
        "(?:msh|mesh|mish|ma|mosh|mush|mch|mo) (?:3aref|3arf|3arfa|ba3raf|b3raf) (?:ana "
        "|ani )?(?:fen|fein|wen|wein)",
        f"{_Z_TEASER}(?: [^ ]+)?(?: [^ ]+)? [^ ]*(?:(?:2|k|q)t[eoiu]?l(?:et|at)?n[iy]"
        "|maw[ae]?t(?:et)?n[iy]|d[ae]?b[ae]?7(?:et|at)?n[iy]|(?:2|k|q)t[eoiu]?l[ae]k"
        "|maw[ae]?t[ae]k)",
        f"{_Z_KILLS_ME}(?: [^ ]+)? (?:mn|men|min|mel|mil) (?:el ?)?(?:da7k|d7k|gou3|go3|3atash"
        "|bard|7ar|ta3ab)",
        # Films, books, songs, news and games; work and study; quotes.
        f"{_A_STORY}{_WIN5}",
        f"{_A_STUDY}{_WIN5}",
        "(?:بيقولوا|بيقولو|زي ما بيقولوا|يقولون|المثل|مثل بيقول|اقتباس|الاغنيه بتقول|بتغني|بيغني"
        f"|غنت|غني){_WIN5}",
        f"{_Z_STORY}{_WIN5}",
        f"{_Z_STUDY}{_WIN5}",
        "(?:bey2olo|bi2olo|byolo|zay ma bey2olo|el masal|masal|bt2ol|quote|2olt lnafsi"
        f"|2olt l nafsi|bt8ani|byghani){_WIN5}",
        # Clearly past and recovered.
        f"{_A_PAST_START}(?: [^ ]+)*? {_A_PAST_END}",
        f"{_Z_PAST_START}(?: [^ ]+)*? {_Z_PAST_END}",
        # Hyperbole: "if mum says it once more I'll kill myself".
        "(?:لو|اذا|لما)(?: [^ ]+)*? (?:مره كمان|كمان مره|مره تانيه|مره ثانيه|تاني|مره زياده)"
        "(?: [^ ]+)?(?: [^ ]+)? [^ ]*(?:نتحر|موت|اموت|رمي نفسي)[^ ]*",
        "(?:law|lw|iza|eza)(?: [^ ]+)*? (?:kaman mara|mara kaman|mara tanya|tani)(?: [^ ]+)?"
        "(?: [^ ]+)? [^ ]*(?:nt[aei]7[aei]?r|a?mot)[^ ]*",
        "(?:[^ ]+ )?(?:[^ ]+ )?(?:[^ ]+ )?(?:عالسطح|عالسطوح|ع السطح)(?: [^ ]+)? (?:بنشر|بنشور"
        "|الغسيل|غسيل|شاي|قهوه|سهرانين|مع صحابي|مع اصحابي|مع الشله|بنسهر|بنشوي|حفله|نسهر)",
        # Negation in MSA and dialects.
        "(?:لا|ليس|ليست|مفيش|ما) (?:توجد|يوجد|لدي|عندي|فيه|في)(?: [^ ]+)?(?: [^ ]+)? (?:افكار"
        "|فكره|نيه|رغبه|تفكير) [^ ]*نتح[^ ]*",
        "(?:مش|ما|مو|لا|مب) (?:ب|ه|ح|عم )?(?:جرح|اجرح|اذي|اوذي|ضرب|اضرب|حرق|احرق) (?:نفسي"
        "|حالي|روحي)",
        # Past harm that stopped, and the writer is safe now.
        f"{_A_PAST_START}(?: [^ ]+)*? (?:ما سويتها|ما عملتها|ما عدت|بطلت|بطلتها|وقفت|توقفت"
        "|ما رجعتلها|بامان|في امان)",
        "(?:كان|كانت)(?: [^ ]+)*? (?:من|قبل|منذ) (?:[^ ]+ )?(?:سنه|سنتين|سنين|سنوات|شهور|اشهر)"
        "(?: [^ ]+)*? (?:بامان|في امان|بخير|الحمد لله|الحمدلله)",
        "(?:هرمي|هنط|هموت|هنتحر|هقتل|حرمي|حنط|رح ارمي|بدي ارمي) (?:نفسي"
        "|حالي)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:قصدي"
        "|بهزر|بمزح|عم بمزح|يعني هعمله|يعني هعملو|بلوك)",
        "(?:قتلتني|موتتني|قتلني|موتني|دبحتني|ذبحتني)(?: [^ ]+)? (?:[^ ]*نكت[^ ]*|[^ ]*ضحك[^ ]*)",
        "(?:mawetni|mawwattni|mawatni|mawwetni|mawattni|2ataltni"
        "|2atalni|2atletni)(?: [^ ]+)? (?:da7k|mn el da7k|men el da7k"
        "|men da7k)",
        "el (?:gym|jym|shoghl|coach|training|tamreen|mozakra|exam"
        "|emte7an|gam3a|shift) (?:mawetni|mawatni|mawwetni|2atalni"
        "|dab7ni)",
        "(?:mesh|msh|mish|ma|mo|la) (?:ba2ta3|bagra7|bashrat|badrob"
        "|bakhrabsh|ba2ros) (?:nafsi|7ali|ro7i)",
        "(?:mesh|msh|mish|ma|mo|la|ma3andish|mafish) (?:nawya"
        "|nawi|nawyah|3ayza|3ayez|bafakar|nawye) (?:a2zi|2a2zi"
        "|aazi|a2zy|2azi|adrob) (?:nafsi|7ali)",
        "(?:مفيش|ما في|مافي|ما عندي|معنديش|ليس لدي|لا توجد|مش"
        "|ما) (?:عندي )?(?:اي )?(?:افكار|فكره|نيه|رغبه|ناويه|ناوي) (?:اني "
        "|ان |بان )?[^ ]*(?:اذي|اضر|اجرح|انتحر|اقتل) (?:نفسي|حالي)",
        "(?:من|قبل) (?:سنه|سنتين|[^ ]+ سنين|[^ ]+ سنوات) كنت واقف[^ ]* (?:على"
        "|ع|فوق) (?:ال)?(?:كوبري|جسر|سطح)",
        "(?:nes2al|yes2al|nas2al|2as2al|tes2al|nekalem|netkallem"
        "|nsa2al)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:3an|3ala"
        "|3n) (?:afkar )?(?:el )?[^ ]*nt[aei]7[aei]?r[^ ]*",
        "(?:نسال|يسال|اسال|تسال|نتكلم|نتحدث|نسأل)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? عن (?:افكار "
        ")?(?:ال)?انتحار",
        "(?:اديت|اعطيت|عطيت|وديت|سلمت|سبت|خليت) (?:القطه|الكلب"
        "|قطتي|كلبي|البسه|بسي|بسينتي|العصافير)(?: [^ ]+)?(?: [^ ]+)? (?:عشان"
        "|علشان|لان|لحد ما|لغايه ما|لما)(?: [^ ]+)? (?:مسافر|مسافرين"
        "|هسافر|السفر|اسافر|الاجازه|ارجع|نرجع|نسافر)[^ ]*",
    ),
)
