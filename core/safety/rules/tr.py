"""Turkish: crisis and danger phrases, and the idioms, negations, quotes and stories like them."""

from core.safety.recognizer import Recognizer, Rule

# One optional word that is not a negation ("kendime asla zarar vermem" must not match).
_W = "(?:(?!asla |hic |hicbir |degil |yok |sakin )[^ ]+ )?"
# Negative and past verb endings that turn a crisis phrase into its opposite or into the past.
_NOT = (
    "(?!mem|meyecegim|meyecem|miyorum|miyom|medim|mezdim|meyi dusunmuyorum|erdim|uyordum|iyordum"
    "|mek istemiyorum)"
)
# Films, series, books and songs: what is said inside them is a story, not the writer.
_STORY = (
    "(?:film|filmde|filmi|filmin|dizi|dizide|diziyi|dizinin|bolum|bolumde|bolumu|kitap|kitapta"
    "|kitabi|roman|romanda"
    "|sarki|sarkida|sarkisi|sarkiyi|klip|klipte|belgesel|belgeselde|podcast|haber|haberde"
    "|haberlerde|oyun|oyunda"
    "|anime|manga|netflix|sezon|sezonda|senaryo|karakter|hikayede|kitabinda|romaninda)"
)
_WIN5 = "(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
# He, she, the ex, a partner: the person a danger message is about.
_HE = (
    "(?:eski sevgilim|eskim|sevgilim|kocam|eski kocam|esim|eski esim|nisanlim|eski nisanlim|erkek"
    " arkadasim"
    "|kiz arkadasim|eski erkek arkadasim|eski kiz arkadasim|o adam|bu adam|herif|manyak|psikopat"
    "|adam|o|eksim|exim|ex)"
)
_PILL = (
    "(?:hap|ilac|uyku hap|antidepresan|xanax|parol|emj_pill|aspirin|majezik|vermidon|lustral"
    "|cipralex|lyrica)"
)

# Round two: indirect plans, understated wishes, dialect, and the jokes and quotes that look alike.
_W3 = "(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
_SOMETHING = "(?:bir sey|bisey|bi sey|bisi|bir seyi|zarar|kotu bir sey|kotu bisey)"
_MORE_RULES = (
    # Ending "it all", and being gone, said without naming death.
    Rule(
        "suicidal",
        "(?:rakiyi|rakı|birayi|birayı|icmeyi|icki|alkolu|siseyi|sarabi|votkayi) degil"
        + _W3
        + " (?:her seyi|hepsini|herseyi|hayati|hayatimi)",
    ),
    Rule(
        "suicidal",
        "kendime "
        + _SOMETHING
        + (
            " (?:yapmaktan|yapacagimdan|yaparim diye|yapabilirim"
            " diye) (?:korkuyorum|korkuyom|korkayrum|endiseliyim)"
        ),
    ),
    Rule(
        "suicidal",
        (
            "(?:her seyi|herseyi|hepsini|bu hayati) (?:bitirecegim"
            "|bitirecegum|bitirecem|bitircem|bitiriyorum|bitirmeye)"
        )
        + _W3
        + " (?:karar verdim|karar verdum|kararimi verdim|kesin|sonsuza)",
    ),
    Rule(
        "suicidal",
        "(?:dayanamiyorum|dayanamayrum|dayanamiyom|dayanamayrim|kaldiramiyorum)"
        + _W3
        + " (?:bu isi|her seyi|herseyi|hepsini) (?:bitirecegim|bitirecegum|bitirecem|bitircem)",
    ),
    Rule(
        "suicidal",
        "(?:guc yok|gucum yok|sebep yok|anlam yok|mecalim yok|takatim yok)"
        + _W3
        + "(?: [^ ]+)? (?:yakinda|yakında|birazdan) (?:biter|bitecek|bitiyor|son)",
    ),
    Rule(
        "suicidal",
        "(?:yakinda|yakında) (?:biter|bitecek|her sey biter)"
        + _W3
        + " (?:karar verdim|kararimi verdim)",
        ask=True,
    ),
    Rule(
        "suicidal",
        (
            "(?:kendi yontemimle|kendi yolumla|kendi bildigim gibi"
            "|kendi usulumle)(?: [^ ]+)? (?:halledecegim|hallederim"
            "|halledicem|cozecegim|bitirecegim)"
        ),
    ),
    Rule(
        "suicidal",
        (
            "(?:halledecegim|hallederim|halledicem|bitirecegim)(?:"
            " [^ ]+)? (?:kalici olarak|kalıcı olarak|sonsuza dek"
            "|sonsuza kadar|temelli|bir daha donmemek)"
        ),
    ),
    Rule(
        "suicidal",
        (
            "(?:ben olmayinca|ben olmadiginda|ben gidince|ben yokken"
            "|ben olmazsam|ben olmadigimda)(?: [^ ]+)? (?:gorur|gorecek"
            "|anlar|anlayacak|anlarlar|gorurler|pisman olur)"
        ),
        ask=True,
    ),
    Rule("suicidal", "vicdaninda (?:tasisin|tasiyacak|tasir|tasisinlar)"),
    Rule(
        "suicidal",
        "cenazeme(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
        + _W3
        + "(?: [^ ]+)?(?: [^ ]+)? (?:cidden|ciddi|dusunuyorum|dusunuyom|aklimda|planliyorum)",
    ),
    Rule("suicidal", "cenazeme (?:kimse|kim) (?:gelmez|gelir|gelecek|gelmeyecek)", ask=True),
    Rule(
        "suicidal",
        (
            "direksiyonu (?:kirip|kirsam|kirmak|kirayim|cevirip|cevirsem)(?:"
            " [^ ]+)? (?:bariyere|duvara|agaca|karsi seride|karsi"
            " seriden|tira|kamyona|uçuruma|ucuruma|denize)"
        ),
    ),
    Rule(
        "suicidal",
        (
            "(?:bariyere|agaca|duvara|tira|kamyona|ucurumdan|koprudan)"
            " (?:girsem|dalsam|carpsam|sursem|ucsam|atlasam)(?: [^"
            " ]+)? (?:ne olur|kim uzulur|nasil olur|o kadar kolay)"
        ),
    ),
    # Wishing to be taken, to lie with the dead, to dissolve.
    Rule(
        "passive",
        (
            "(?:allahim|allah|rabbim|tanrim|ya rabbi)(?: [^ ]+)?"
            " (?:al canimi|canimi al|beni al|beni yanina al|al beni)"
        ),
    ),
    Rule("passive", "(?:canimi al|beni de al|beni yanina al) (?:artik|diye dua|ya rab)"),
    Rule(
        "passive",
        (
            "(?:dedemin|babaannemin|anneannemin|annemin|babamin|ninemin"
            "|dedemle|annemle|babamla) (?:yaninda|yanina|yaninda"
            " yatiyor|yaninda yatsam|mezarinda)(?: [^ ]+)? (?:yatiyor"
            " olsam|yatsam|olsam|yatmak|gitsem|gomulsem|yatmak istiyorum)"
        ),
    ),
    Rule(
        "passive",
        "(?:cozulup|eriyip|buharlasip|toz olup) (?:gitmek|gitsem|kaybolmak|yok olmak|gideyim)",
    ),
    Rule(
        "passive",
        "bana (?:bir sey|bisey|bi sey|bir sey olsa|bisi) (?:olsa|olursa|olsun)"
        + _W3
        + (
            "(?: [^ ]+)? (?:kotu olmaz|kotu olmayacagini|kotu olmayacak"
            "|umrumda olmaz|farketmez|fark etmez|iyi olur|karsi"
            " koymam|sorun olmaz|dert etmem)"
        ),
    ),
    # Plans: the will, the pet given away, the goodbye, the search for the dose.
    Rule("plan", "(?:vasiyetimi|vasiyet) (?:yazdim|hazirladim|yaptim|yazdım)", ask=True),
    Rule("plan", "vasiyet[^ ]*(?: .*)? (?:sifrelerimi|sifremi|sigorta|yapacagim|yapicam|veda)"),
    Rule(
        "plan",
        (
            "(?:kedimi|kopegimi|kusumu|hayvanlarimi|balıklarimi|balıgimi"
            "|tavsanimi) (?:[^ ]+ )?(?:verdim|biraktim|emanet ettim)(?:"
            " .*)? (?:her sey tamam|her sey hazir|hersey tamam|hersey"
            " hazir|veda|mektup birakt[^ ]*)"
        ),
    ),
    Rule(
        "plan",
        (
            "(?:mektup|mektubu|mektuplar|not) (?:yazdim|biraktim)(?:"
            " [^ ]+)? (?:her sey|hersey) (?:tamam|hazir|yerli yerinde"
            "|halloldu)"
        ),
    ),
    Rule(
        "plan",
        (
            "(?:herkese|hepsine|herkesle|hepinize) (?:[^ ]+ )?(?:fark"
            " ettirmeden|farkettirmeden|sessizce|gizlice|cakmadan"
            "|son kez) (?:veda ettim|vedalastim|veda ediyorum)"
        ),
    ),
    Rule("plan", "(?:herkese|hepsine|herkesle|hepinize) (?:veda ettim|vedalastim)", ask=True),
    Rule(
        "plan",
        (
            "(?:yetmesi|yetsin|yeterli olmasi|olmem|olmek) (?:icin"
            " )?(?:kac|ne kadar) (?:tablet|hap|kutu|ilac|mg|tane"
            " hap|tane ilac)(?: [^ ]+)? (?:lazim|gerek|gerekiyor"
            "|gerekli|almak lazim|almaliyim)"
        ),
    ),
    Rule(
        "plan",
        (
            "(?:yetmesi|yetsin|yeterli olmasi) (?:icin )?(?:kac|ne"
            " kadar)(?: [^ ]+)?(?: [^ ]+)? (?:lazim|gerek|gerekiyor)"
            " (?:diye )?(?:googl[^ ]*|arastir[^ ]*|ariyorum|ariyom"
            "|bakiyorum|bakiyom|okuyorum)"
        ),
    ),
    # Self-harm in its other forms.
    Rule("self_harm", "(?:kestim|kesiyorum|kesicem|kesecegim|kestim yine) kendimi"),
    Rule(
        "self_harm", "(?:kanayana kadar|kan cikana kadar|kanatana kadar|kanatasiya|kan akana kadar)"
    ),
    Rule(
        "self_harm",
        (
            "(?:duvara|aynaya|kapiya|cama) (?:yumruk|kafa|kafami)"
            " (?:attim|atiyorum|vurdum|vuruyorum|gecirdim)(?: [^"
            " ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:yine yaparim|kanadi|kanayana"
            "|kan)"
        ),
    ),
    # Someone else at risk.
    Rule(
        "other_at_risk",
        "kendine "
        + _SOMETHING
        + " (?:yaparsa|yapar diye|yapmasindan|yapacak diye|yapmis olabilir)",
    ),
    Rule(
        "other_at_risk",
        (
            "(?:her sey icin sagol|her sey icin tesekkurler|her sey"
            " icin tesekkur|kendine iyi bak|herkesten ozur dilerim"
            "|hakkinizi helal edin|hakkini helal et)(?: .*)? (?:acmiyor"
            "|acmiyo|cevap vermiyor|donmuyor|ulasamiyorum|ne yapayim"
            "|ne yapmaliyim|kapali)"
        ),
    ),
    # Danger.
    Rule(
        "danger",
        (
            "(?:elleri|eli|parmaklari) (?:bogazimda|bogazimdaydi"
            "|boynumda|boynumdaydi|gırtlagimda|girtlagimda)"
        ),
    ),
    Rule(
        "danger",
        (
            "(?:bir dahakine|bir dahaki sefere|bi dahakine|bi dahaki"
            " sefere)(?: [^ ]+)? (?:durmayacagini|durmayacak|durmam"
            "|durmayacagim|birakmayacak|oldurecek|oldurecegini)"
        ),
    ),
    Rule(
        "danger",
        (
            "(?:cocuklari|cocuklarimi|oglumu|kizimi|cocugu) (?:[^"
            " ]+ )?(?:geri getirmemekle|geri vermemekle|alip gitmekle"
            "|kacirmakla|goturmekle|almakla|vermemekle)"
        ),
    ),
    Rule(
        "danger",
        (
            "(?:onlari|cocuklari|cocuklarimi) bir daha (?:goremeyecegimle"
            "|goremeyecegim|goremezsin|goremeyeceksin)"
        ),
    ),
    Rule(
        "danger",
        "(?:evde oldugumu|icerde oldugumu|burda oldugumu|burada oldugumu) (?:biliyor|biliyo|bilio)",
    ),
    Rule(
        "danger",
        (
            "(?:kapimin|evimin|penceremin|arabamin|kapimizin|evimizin"
            "|balkonumun) (?:fotosunu|fotografini|resmini|fotosu"
            "|videosunu) (?:atmis|atti|yollamis|yolladi|gondermis"
            "|gonderdi)"
        ),
    ),
    Rule(
        "danger",
        (
            "(?:pencereme|penceremize|penceremuze|kapima|evime|balkonuma)"
            " (?:bakiyor|bakayi|bakiyo|bakip duruyor|dikmis|bakmaya"
            " devam)"
        ),
    ),
    Rule(
        "danger",
        (
            "(?:disari|disariya|sokaga|evden) (?:cikmaya|cikmaktan)"
            " (?:korkuyorum|korkayrum|korkuyom|korkarim)"
        ),
        ask=True,
    ),
)
_MORE_EXCEPTIONS = (
    # Learning doses for an exam, a sibling's mock threat, a friend's hyperbole about a girl.
    "(?:farmakoloji|sinav|sinavi|ders|calisiyorum|ezberle[^ ]*|toksikoloji|vize|final)"
    + _WIN5
    + " (?:oldurucu|oldurcu|letal) (?:doz|dozu|dozunu|dozlari)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?",
    (
        "(?:babama|anneme|annem|babam|ogretmene|hocaya|kimseye"
        "|birine)(?: [^ ]+)? (?:soylersen|dersen|gosterirsen|anlatirsan"
        "|yetistirirsen) seni (?:oldururum|gebertirim|keserim|mahvederim)"
    ),
    (
        "(?:sana|ona) (?:bi|bir) (?:daha|dahaki sefere) (?:yazarsa"
        "|yazarsan|mesaj atarsa|gelirse)(?: [^ ]+)? kendimi (?:asarim"
        "|oldururum|atarim)(?: [^ ]+)?(?: [^ ]+)?"
    ),
)

_UP = "(?: [^ ]+)?" * 5
_BODY = (
    "(?:elimi|kolumu|kollarimi|kendimi|bacagimi|parmagimi|parmaklarimi|kafami|basimi|bilegimi"
    "|derimi)"
)
_R3_RULES = (
    Rule(
        "suicidal",
        "(?:bitirmek|bitircem|bitirecegim|bitiriyorum) (?:istiyorum|istiyom)(?: [^ ]+)?(?: [^ ]+)?"
        "(?: [^ ]+)? kendimi(?= $| [^ ]+)",
    ),
    Rule(
        "suicidal",
        "(?:bu hayata|hayata|hayatima|yasamima|kendi hayatima|omrume) son ver" + _NOT + "[^ ]*",
    ),
    Rule(
        "suicidal",
        "her seye son (?:veriyorum|veriyom|vercem|verecegim|vermek istiyorum)|(?:devam etmenin"
        "|yasamanin"
        "|yasamin|uyanmanin|bu hayatin|nefes almanin) (?:ne )?(?:anlami|manasi|amaci) (?:var|kaldi"
        "|yok)|tek (?:bi|bir) (?:sebep|neden) (?:soyle|ver|say|goster)",
        ask=True,
    ),
    Rule(
        "suicidal",
        "(?:tren yolu|tren raylari|raylar|kopru|ucurum|deniz|cati|demiryolu|bogaz)[^ ]*(?: [^ ]+)?"
        "(?: [^ ]+)?(?: [^ ]+)? beni (?:cekiyor|cekiyo|cagiriyor|cagiriyo|cezbediyor|cekmeye)",
        ask=True,
    ),
    Rule(
        "suicidal",
        "(?:en hizli|en kolay|en acisiz|acisiz|en kesin|en garanti|en az acili) (?:yolu|yontemi"
        "|yolunu"
        "|yolun|sekli|yontemini)(?: [^ ]+)? (?:aradim|arastirdim|googleladim|baktim|okudum|ariyorum"
        "|arastiriyorum)",
        ask=True,
    ),
    Rule(
        "plan",
        "nasil (?:yapacagimi|yapcagimi|yapicagimi)[^ ]*(?: [^ ]+)?(?: [^ ]+)? (?:ne zaman|zamani)"
        " (?:henuz |daha )?(?:belli degil|bilmiyorum|karar vermedim|belirlemedim)|(?:nasil|nerde"
        "|nerede)"
        " ve ne zaman (?:yapacagimi|yapcagimi|olacagini) (?:biliyorum|belirledim|planladim|sectim)",
    ),
    Rule(
        "passive",
        "(?:araba|otobus|tren|kamyon|tir)[^ ]* (?:[^ ]+ )?bana (?:carpmasini|carpsin|carpmasi"
        "|carpsa)"
        "|bana (?:bir |bi )?(?:araba|otobus|tren|kamyon)[^ ]* (?:carpsa|carpsin|carpmasini)",
    ),
    Rule(
        "passive",
        "(?:dunya|herkes|ailem|annem|babam|hayat|evdekiler|insanlar) bensiz (?:[^ ]+ )?(?:[^ ]+ )?"
        "(?:daha )?(?:hafif|iyi|rahat|mutlu|kolay|guzel|huzurlu)[^ ]* (?:olurdu|olur|olacak|yasar"
        "|yasarlar|kalir)|(?:ben )?olmasam (?:[^ ]+ )?(?:herkes|dunya|ailem) (?:[^ ]+ )?(?:daha )?"
        "(?:iyi|rahat|mutlu|kolay|huzurlu)",
    ),
    Rule(
        "passive",
        "(?:uyuyup|uyusam|uyuyayim|yatip) (?:bi|bir) daha (?:hic )?(?:uyanmamak|uyanmasam"
        "|uyanmayayim"
        "|uyanmayacak|kalkmamak|uyanmamayi)",
    ),
    Rule(
        "passive",
        "(?:olumden|olmekten) (?:artik )?(?:korkmuyorum|korkmamam|korkmuyom|korkum kalmadi|korkmaz"
        " oldum)|olsa (?:[^ ]+ )?(?:bir |bi )?(?:rahatlama|kurtulus|huzur) olur",
        ask=True,
    ),
    Rule(
        "passive",
        "(?:ucak|otobus|tren|araba|gemi)[^ ]* (?:[^ ]+ )?(?:dusse|duserse|kaza yapsa|carpsa"
        "|devrilse"
        "|batsa)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:umrumda (?:olmaz|degil)|takmam|sikinti olmaz"
        "|sorun olmaz|dert etmem|umursamam)|olsem (?:cok da |hic )?(?:umrumda olmaz|takmam"
        "|umursamam)",
    ),
    Rule(
        "passive",
        "(?:yasayacagima|yasicagima|yasamaktansa|cekecegime|katlanacagima|cekmektense) (?:gebereyim"
        "|oleyim|olsem|gebersem|olurum)|(?:gebereyim|oleyim|olsem|gebersem) daha iyi",
    ),
    Rule(
        "passive",
        "(?:bu dunyada|hayatta|var) olmak (?:istemiyorum|istemiyom)|artik (?:burda|burada) olmak"
        " (?:istemiyorum|istemiyom)",
    ),
    Rule(
        "passive",
        "(?:burda|burada) olmak (?:istemiyorum|istemiyom)",
        ask=True,
    ),
    Rule(
        "plan",
        "(?:kediyi|kedimi|kopegimi|kopegi|kusumu|hayvanlarimi|baliklarimi|kedileri|kedilerimi)"
        "(?: [^ ]+)? (?:biraktim|verdim|emanet ettim|teslim ettim|birakcam|birakacagim|verecegim"
        "|vercem)|denedigimi (?:bilmesini|bilsin|bilmenizi|bilin)|esyalarimi (?:topladim|dagittim"
        "|verdim|duzenledim|bagisladim)",
        ask=True,
    ),
    Rule(
        "plan",
        "ip (?:asili|astim|hazir|bagladim|takili|tavanda)|ipi (?:astim|bagladim|hazirladim|tavana)"
        "|(?:ilmik|ilmek)[^ ]* (?:hazir|yaptim|bagladim)",
    ),
    Rule(
        "plan",
        "son (?:mesaji|mesajimi|mektubu|mektubumu|notu|notumu|sozlerimi|mesaj) (?:atip|attim|yazdim"
        "|yazip|gonderdim|biraktim|atiyorum)|(?:mail|mesaj|e posta|eposta|post|gonderi)[^ ]*"
        "(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:zamanladim|ayarladim|programladim)|son (?:bir |bi"
        " )?kez"
        " (?:yaziyorum|yazacagim|yazicam|yazacagimi)",
        ask=True,
    ),
    Rule(
        "plan",
        "(?:yanimda|onumde|masamda|masada|cebimde|yatagimda)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? "
        + _PILL
        + "[^ ]*|(?:bisey|bir sey|hicbir sey|bi sey) degismezse (?:[^ ]+ )?(?:yapacagim"
        "|yapcam|yapacagimi|yapicam|yapcagimi)",
    ),
    Rule(
        "plan",
        "garajda (?:[^ ]+ )?(?:arabanin icindeyim|arabadayim|arabada oturuyorum|arabanin icinde)"
        "|garaj[^ ]*(?: [^ ]+)?(?: [^ ]+)? motor|egzoz[^ ]* (?:[^ ]+ )?hortum|hortum[^ ]* (?:[^ ]+"
        " )?"
        "egzoz",
    ),
    Rule(
        "plan",
        "damar[^ ]* (?:nerde|nerede|yerini|yerine)[^ ]*(?: [^ ]+)? (?:baktim|arastirdim|buldum"
        "|isaretledim|ogrendim)|(?:jilet|ustura|maket bicagi)[^ ]* (?:yanimda|yatakta|yastigin"
        " altinda"
        "|cebimde|kalem kutumda|kalemligimde|hazir)|(?:bicak|emj_knife)[^ ]* (?:yanimda"
        " )?(?:yatakta"
        "|yastigin altinda)",
    ),
    Rule(
        "self_harm",
        "(?:derecede|sicakta|yazin|yaz gunu)(?: [^ ]+)? uzun kollu|uzun kollu giy[^ ]*(?: [^ ]+)?"
        " (?:saklamak|gizlemek|kimse gormesin|izleri)|(?:aydir|haftadir|gundur|yildir) temiz(?:dim"
        "|im"
        "|di|dim ama)",
        ask=True,
    ),
    Rule(
        "self_harm",
        "(?:sigara|cakmak)[^ ]* (?:[^ ]+ )?(?:derime|koluma|bacagima|elime|tenime|kendime|bilegime)"
        " (?:bastir|sondur|daya|yak)[^ ]*|kafami (?:duvara|kapiya|yere) (?:vurdum|vuruyorum|vuruyom"
        "|carpiyorum|carpiyom|vurup|carptim)",
    ),
    Rule(
        "self_harm",
        "(?:bile bile|bilerek|kasten|mahsus|kasitli olarak)(?: [^ ]+)? "
        + _BODY
        + "|"
        + _BODY
        + " (?:bile bile|bilerek|kasten|mahsus)",
    ),
    Rule(
        "danger",
        "(?:surekli|her gun|her aksam|hep|yine|gece gece|her sabah) (?:[^ ]+ )?(?:isyerimin|evimin"
        "|okulumun|kapimin|apartmanimin|binamin|evin) (?:onune|onunde|altinda|kapisinda|karsisinda)"
        " (?:[^ ]+ )?(?:park|bekliyor|bekliyo|duruyor|duruyo|geliyor|geliyo|bakiyor|bakiyo)",
    ),
    Rule(
        "danger",
        "(?:bogazladi|bogazliyor|bogazlamaya|bogazimi sikti|bogazimi sikiyor|bogmaya calisti"
        "|bogacakti)",
    ),
    Rule(
        "danger",
        "(?:cocuklari|cocugu|kizimi|oglumu|cocuklarimi) (?:alirsam|alip gidersem|goturursem)(?: [^"
        " ]+)?"
        "(?: [^ ]+)?(?: [^ ]+)? (?:goremeyecegini|goremezsin|goremeyeceksin|bir daha)|(?:cocuklari"
        "|cocuklarimi|kizimi|oglumu) (?:[^ ]+ )?(?:kacirir|kacircak|kaciracak|kacirmakla|elimden"
        " alacak)",
    ),
    Rule(
        "danger",
        "(?:dakikadir|saattir) (?:[^ ]+ )?(?:zile basiyor|zile basiyo|kapiyi caliyor|kapiyi caliyo"
        "|kapiya vuruyor|kapiya vuruyo|kapiyi yumrukluyor|kapiyi zorluyor|kapiyi tekmeliyor)",
    ),
    Rule(
        "danger",
        "(?:balkonumun|evimin|kapimin|arabamin|penceremin|isyerimin|apartmanimin|okulumun) (?:foto"
        "|fotograf|resim)[^ ]*|(?:bilmedigim|farkli|yabanci|gizli|baska baska|bilinmeyen)"
        " numaralardan",
    ),
    Rule(
        "danger",
        "(?:nerde|nerede) (?:oldugunu|oturdugunu|yasadigini|calistigini|kaldigini) biliyorum",
        ask=True,
    ),
    Rule(
        "danger",
        "(?:birakirsan|ayrilirsan|terk edersen|gidersen|kacarsan)(?: [^ ]+)?(?: [^ ]+)? (?:seni"
        "|beni)"
        " (?:oldurur|oldurecek|oldurcek|gebertir)",
    ),
    Rule(
        "danger",
        "(?:bicak|silah|tabanca|balta|cekic|emj_knife|sopa)[^ ]* (?:[^ ]+ )?(?:salla|sallad|sallay"
        "|dogrult|dayad|dayay)[^ ]*",
    ),
    Rule(
        "other_at_risk",
        "kendine (?:bir sey|bisey|bi sey|bisi|zarar) (?:yapacagini|yapcagini|yapicagini|yapacakmis"
        "|yapcakmis|verecegini|vercegini|yapmak istedigini)",
    ),
    Rule(
        "suicidal",
        "benden (?:kurtulacaksiniz|kurtulcaksiniz|kurtulacaksin|kurtulcaksin|kurtulucaksiniz"
        "|kurtulursunuz|kurtulmus olacaksiniz)",
    ),
    Rule(
        "other_at_risk",
        "(?:gidip|gidicem|gidecegim|gidiyorum)(?: [^ ]+)?(?: [^ ]+)? (?:donmicem|donmeyecegim|geri"
        " donmeyecegim|bir daha donmem)",
        ask=True,
    ),
)
_R3_EXCEPTIONS = (
    "(?:o|ex|eskim|eski sevgilim|sevgilim|eski sevgilisi) bensiz (?:[^ ]+ )?(?:daha )?(?:iyi|rahat"
    "|huzurlu|mutlu|kolay)[^ ]*(?: [^ ]+)? (?:olur|olacak|olmus|oldu|gorunuyor|yasiyor)",
    "(?:bi|bir) daha" + _UP + "(?: [^ ]+)?(?: [^ ]+)? (?:derse|dersen|derlerse|soylerse|soylersen"
    "|cagirirsa|cagirirsan) (?:onu|seni|sizi) (?:oldur|gebert)[^ ]*",
    "kendine zarar verme (?:risk|davranis|konusu|uzerine|hakkinda|orani|istatistik|egilim|faktor)"
    "[^ ]*",
    "(?:psikoloji|ders|sinav|vize|final|odev|tez|makale|sunum|arastirma)[^ ]*"
    + _UP
    + " kendine zarar ver[^ ]*",
    "kendimi (?:[^ ]+ )?(?:oldur|gebert|asar|atarim)[^ ]*(?: [^ ]+)? (?:derdi|diyordu|der dururdu"
    "|derdin|derdiniz|diye tehdit ederdi)",
    "(?:seni|sizi) (?:oldur|gebert)[^ ]* diye (?:bagirdi|bagiriyor|bagirip|cikisti|kizdi|soylendi"
    "|dedi) (?:ev arkadasim|annem|babam|kardesim|ablam|abim|arkadasim|kankam|patronum|hocam|kiz"
    " kardesim|erkek kardesim|anneannem|babaannem)",
)


RECOGNIZER = Recognizer(
    lang="tr",
    rules=(
        # --- suicidal: killing oneself, said as a wish, a plan or a thought
        Rule("suicidal", f"kendimi {_W}(?:oldur|gebert){_NOT}[^ ]*"),
        Rule(
            "suicidal",
            f"intihar[^ ]* {_W}(?:et|ed){_NOT}(?!ti |mis |en |tim |mistim |tigini |ecegini |ecek "
            "|ti$)[^ ]*",
        ),
        Rule(
            "suicidal",
            "intihar (?:edicem|edecem|edecegim|etcem|etmek istiyorum|etmeyi dusunuyorum"
            "|planliyorum|plani|planim)",
        ),
        Rule(
            "suicidal",
            "intihar[^ ]* (?:[^ ]+ )?(?:dusunuyorum|dusunuyom|dusunce|dusunceler|dusuncelerim"
            "|dusuncem|dusuncesi|dusunceleri|dusuncelerimi|dusunup)[^ ]*",
        ),
        Rule(
            "suicidal",
            "(?:intihari|intihar etmeyi|olmeyi|kendimi oldurmeyi) (?:cok |hep |surekli |ciddi"
            " ciddi |ciddi sekilde )?(?:dusunuyorum|dusunuyom|dusunup duruyorum|planliyorum"
            "|kafama koydum)",
        ),
        Rule(
            "suicidal",
            "olmek (?:[^ ]+ )?(?:[^ ]+ )?ist(?!iyordum|erdim|emiyorum|emem|emiyom|emedim|emez"
            "|emiyordum|edigini|edigi|iyor |iyormus|iyo |emis)[^ ]*",
        ),
        Rule("suicidal", "yasamak (?:[^ ]+ )?istem(?:iyorum|iyom|iyorm|iyrm|iyoum|em|iyorumm)"),
        Rule(
            "suicidal",
            "(?:yasamak|yasamaya|yasamam) (?:icin )?(?:hicbir |hic bir |bir )?(?:sebeb|neden|amac"
            "|sebep)[^ ]* (?:yok|kalmadi|kalmamis|goremiyorum)|(?:yasamak|yasamaya) (?:[^ ]+"
            " )?(?:istemiyorum|devam edemem|devam edemiyorum|gucum yok|gucum kalmadi|takatim"
            " kalmadi|halim kalmadi)",
        ),
        Rule(
            "suicidal",
            f"(?:hayatima|yasamima|omrume) {_W}son ver{_NOT}[^ ]*|canima {_W}kiy{_NOT}[^ ]*",
        ),
        Rule(
            "suicidal",
            "kendimi (?:[^ ]+ )?(?:as(?:mak|acagim|icam|cam|arim|sam|tim|masi|maya|mayi)|kopruden"
            "|binadan|camdan|balkondan|yuksekten|denize|catidan|trenin|metronun|arabanin"
            "|ucurumdan)",
        ),
        Rule(
            "suicidal",
            "(?:trenin|metronun|arabanin|tirin|otobusun|kamyonun|aracin) (?:onune|altina) (?:[^"
            " ]+ )?(?:atla|at|yat|atil)(?!liyor |ladi |lamis |lar |ti |iyor |mis |ar |di |ir "
            "|irlar )[^ ]*",
        ),
        Rule(
            "suicidal",
            "(?:kopru|bina|cati|balkon|pencere|ucurum|yuksek|kat|gokdelen|kule|uçurum)[^ ]* (?:[^"
            " ]+ )?atla(?:yacagim|icam|yacam|rim|sam|mak istiyorum|yip|maya|mayi|cam)[^ ]*",
        ),
        Rule(
            "suicidal",
            "(?:bensiz|ben olmasam|ben olmazsam|ben gidersem|ben olmadan) (?:[^ ]+ )?(?:herkes"
            "|hepsi|ailem|dunya|herkesin|hepiniz|annemler|insanlar)(?: [^ ]+)? (?:daha )?(?:iyi"
            "|mutlu|rahat|huzurlu|kurtulur)",
        ),
        Rule(
            "suicidal",
            "(?:herkes|hepsi|ailem|dunya|hepiniz|annemler|insanlar) (?:[^ ]+ )?(?:bensiz|ben"
            " olmasam|ben olmazsam|ben olmadan) (?:daha )?(?:iyi|mutlu|rahat|huzurlu|kurtulur)",
        ),
        Rule(
            "suicidal",
            "nasil (?:[^ ]+ )?(?:[^ ]+ )?(?:olunur|intihar edilir|intihar edebilirim|kendimi"
            " oldurebilirim|olebilirim|kendini oldurur|canina kiyilir|hayatina son verilir)",
        ),
        Rule(
            "suicidal",
            "(?:herkese|aileme|herkesin|aileme sadece|insanlara) (?:[^ ]+ )?yuk(?:um|uyum|"
            " oluyorum| olmaktan| olmak| oldum)",
        ),
        Rule(
            "suicidal",
            "(?:her seyi|hersey[^ ]*|her seye) (?:[^ ]+ )?(?:bitir|son ver)(?:ecegim|icem|cem"
            "|ecem|mek istiyorum|eyim|iyorum)[^ ]*(?: [^ ]+)?(?: [^ ]+)? (?:kendimi de|hayatimi"
            "|kendimle|canimi)",
        ),
        Rule(
            "suicidal",
            "(?:her seyi|hersey[^ ]*|her seye) (?:[^ ]+ )?(?:bitir|son ver)(?:ecegim|icem|cem"
            "|ecem|mek istiyorum|eyim)",
            ask=True,
        ),
        Rule(
            "suicidal",
            "(?:bu gece|bu aksam|bugun|yarin) (?:[^ ]+ )?(?:kendimi|hayatimi|canimi) (?:[^ ]+"
            " )?(?:bitir|oldur|al)[^ ]*",
        ),
        # --- passive: wishing to be dead, not to wake up, to disappear for good
        Rule(
            "passive",
            "keske (?:[^ ]+ )?(?:[^ ]+ )?(?:olsem|olseydim|olup gitsem|dogmasaydim|dogmamis|var"
            " olmasaydim|yasamasaydim|uyanmasam|yok olsam|olmus olsam|hic yasamasam|gebersem"
            "|kaybolsam)",
        ),
        Rule(
            "passive",
            "(?:hic|bir daha|yarin|sabah) (?:[^ ]+ )?uyanma(?:sam|yayim|mak|mayi|yacagim|yim|yi|m"
            "|mayi umuyorum|yacam|sin)[^ ]*|bir daha (?:hic )?uyanmam|uyanmak (?:[^ ]+"
            " )?istemiyorum",
        ),
        Rule(
            "passive",
            "(?:uyu|uyuyup|uyusam|uyuyayim)[^ ]* (?:[^ ]+ )?(?:bir daha|hic|sonsuza kadar) (?:[^"
            " ]+ )?uyan[^ ]*|sonsuza (?:kadar|dek) uyu[^ ]*",
        ),
        Rule(
            "passive",
            "(?:sonsuza kadar|sonsuza dek|tamamen|temelli|bu dunyadan) (?:[^ ]+ )?(?:kaybol|yok"
            " ol|gitmek|gideyim|gitsem|silin)[^ ]*",
        ),
        Rule(
            "passive",
            "(?:kaybolmak|yok olmak|ortadan kaybolmak|yok olup gitmek|silinmek) (?:[^ ]+"
            " )?isti(?!yordum)[^ ]*",
            ask=True,
        ),
        Rule(
            "passive",
            "(?:ne anlami var|ne anlamı var|ne gerek var|neden yasiyorum|niye yasiyorum|ne icin"
            " yasiyorum|ne diye yasiyorum)(?: ki)?(?: [^ ]+)? (?:yasamanin|yasamak|yasamaya"
            "|hayatin|bu hayatin|yasiyorum)?|yasamanin (?:hicbir |ne )?(?:anlami|manasi) (?:yok"
            "|kalmadi|var ki)",
        ),
        Rule(
            "passive",
            "(?:keske|iyi ki) (?:[^ ]+ )?(?:hic )?(?:dogmasaydim|dogmamis olsaydim|var"
            " olmasaydim)|(?:dogmamis|dogmasaydim|var olmasaydim)",
        ),
        Rule(
            "passive",
            "(?:yasamaktan|hayattan|yasamaktan da|nefes almaktan|var olmaktan) (?:cok |artik "
            "|gercekten )?(?:bikt|yoruld|sikild|usand|bezd)[^ ]*",
        ),
        Rule(
            "passive",
            "(?:olsem|olursem|olsem bile|gebersem|olup gitsem|olecek olsam)(?: [^ ]+)?(?: [^ ]+)?"
            " (?:umrumda|farketmez|fark etmez|kimse|daha iyi|iyi olur|sorun degil|umursamam"
            "|kimsenin umrunda|kimse fark etmez)",
        ),
        Rule(
            "passive",
            "(?:araba|kamyon|tir|otobus|tren|metro|biri|bi araba|bir araba)[^ ]* (?:[^ ]+"
            " )?(?:carpsa|ezse|carpip|ezip gecse|carpsin|ezsin|carpsada|carpsa da)",
        ),
        Rule("passive", "(?:olmek|olum) (?:[^ ]+ )?(?:kurtulus|tek care|tek cikis|tek yol)"),
        Rule(
            "passive",
            "(?:artik )?(?:dayanamiyorum|kaldiramiyorum|katlanamiyorum|tahammul edemiyorum)(?= $)"
            "|(?:artik )?yoruldum(?= $)|(?:artik )?(?:gucum|takatim|halim) (?:yok|kalmadi)(?= $)",
            ask=True,
        ),
        Rule(
            "passive",
            "(?:kimse|hic kimse) (?:[^ ]+ )?(?:fark etmez|farketmez|ozlemez|aramaz|aglamaz"
            "|umursamaz)(?: [^ ]+)?(?: [^ ]+)? (?:olsem|gitsem|olmasam|yok olsam|kaybolsam)",
            ask=True,
        ),
        # --- plan: the means at hand, pills taken, a high place, goodbyes
        Rule(
            "plan",
            "(?:butun|hepsini|hepsi|tum|tamamini|kutu|kutusunu|kutuyu|koca|[1-9][0-9]+|avuc"
            "|avucla|bir suru|bi suru|cok fazla|seridi|seritleri|bir kutu|iki kutu)[^ ]*"
            f"(?: [^ ]+)?(?: [^ ]+)? {_PILL}[^ ]*(?: [^ ]+)?(?: [^ ]+)?"
            " (?:ictim|yuttum|aldim|icecegim|icicem|iccem|yutacagim|yutucam|icmis|yutmus|icti"
            "|yuttu|onumde|hazir|biriktirdim|topladim|elimde|iciyorum|yutuyorum)",
        ),
        Rule(
            "plan",
            f"{_PILL}[^ ]*(?: [^ ]+)?(?: [^ ]+)? (?:butun|hepsini|tum|tamamini|kutu|kutusunu"
            "|kutuyla|[1-9][0-9]+|avuc|bir suru|bi suru|cok fazla)[^ ]* (?:[^ ]+ )?(?:ictim"
            "|yuttum|aldim|icecegim|icicem|iccem|yutacagim|yutucam|icmis|yutmus)",
        ),
        Rule(
            "plan",
            f"{_PILL}[^ ]*(?: [^ ]+)?(?: [^ ]+)? (?:onumde|hazir|hazirladim|elimde|biriktirdim"
            "|topladim|sakladim|biriktiriyorum|stokladim|masamda|yatagimda)",
        ),
        Rule(
            "plan",
            f"{_PILL}[^ ]* (?:[^ ]+ )?(?:icip|yutup|icerek) (?:[^ ]+ )?(?:ol|uyu|gideceg|bitir)[^"
            f" ]*|{_PILL}[^ ]* (?:[^ ]+ )?(?:icmis|yutmus)",
        ),
        Rule(
            "plan",
            "(?:asiri doz|overdoz|overdose) (?:[^ ]+ )?(?:alacagim|aldim|alicam|alcam|yapacagim"
            "|yaptim|yapicam|yapcam|almak istiyorum)",
        ),
        Rule(
            "plan",
            "(?:kopru|cati|catis|balkon|ucurum|rayl|korkuluk|bina|gokdelen|pencere|pervaz)[^"
            " ]*(?:deyim|dayim|teyim|tayim|indayim|indeyim|sindayim|sindeyim|undayim|undeyim"
            "|nundayim|nindayim|ndayim|ndeyim)"
            "(?: [^ ]+)*? (?:asagi|atla|atlayacagim|atlicam|yuksek|kat|son kez|son defa"
            "|emj_bridge|bakiyorum|denize|suya|bosluga)[^ ]*",
        ),
        Rule(
            "plan",
            "(?:kopru|cati|catis|balkon|ucurum|rayl|korkuluk|gokdelen|pervaz)[^ ]*(?:deyim|dayim"
            "|teyim|tayim|indayim|indeyim|sindayim|sindeyim|undayim|undeyim)",
            ask=True,
        ),
        Rule(
            "plan",
            "(?:raylardayim|rayların uzerindeyim|raylarin ortasindayim|raylara yattim|raylara"
            " uzandim)",
        ),
        Rule(
            "plan",
            "(?:bu )?(?:benim )?son mesajim(?: bu)?(?= $| bu| herkese| size| sana| her| hoscakal|"
            " elveda| tesekkur| kusura| ozur)|son mesajimdir|bu son mesaj(?:im)?(?= $| her|"
            " herkese| size| elveda| hoscakal)",
        ),
        Rule(
            "plan",
            "veda mektub(?:um|umu|umu yazdim|umu biraktim)[^ ]*|(?:veda|vedalasma)[^ ]*"
            " (?:mektubu|notu) (?:yazdim|biraktim|hazirladim|hazir)",
        ),
        Rule(
            "plan",
            "(?:veda|vedalasma)[^ ]* (?:mesaji|mektubu|notu|videosu)[^ ]*(?: [^ ]+)?(?: [^"
            " ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:acmiyor|cevap vermiyor|ulasamiyorum"
            "|donmuyor|kapali|yanit vermiyor|acmadi|ulasilamiyor)",
        ),
        Rule("plan", "(?:veda|vedalasma)[^ ]* (?:mesaji|mektubu|notu|videosu)[^ ]*", ask=True),
        Rule(
            "plan",
            "elveda (?:herkes|herkese|dunya|hayat|millet|arkadaslar|hepiniz)|herkese (?:elveda"
            "|veda ediyorum|hoscakalin)|hoscakalin (?:herkes|hepiniz|dostlar|millet)|hakkinizi"
            " helal edin",
        ),
        Rule(
            "plan",
            "(?:ip|urgan|ilmik)[^ ]* (?:[^ ]+ )?(?:aldim|hazirladim|bagladim|taktim|hazir|astim"
            "|gecirdim|tavana)",
        ),
        Rule("plan", "(?:emj_rope|emj_pill|emj_grave)", ask=True),
        Rule(
            "plan",
            "jilet[^ ]* (?:[^ ]+ )?(?:aldim|elimde|hazir|onumde|hazirladim|biriktirdim)|bicak[^"
            " ]* (?:[^ ]+ )?(?:elimde|bilegimde|bilegime|boynumda|boynuma|karnima)",
        ),
        Rule(
            "plan",
            "(?:kedimi|kopegimi|kedileri|hayvanlarimi|kusumu|kedilerimi|kopeklerimi)[^ ]*(?: [^"
            " ]+)*? (?:olmicam|olmayacagim|olmayacam|olmucam|olmiycam|burda olmiycam"
            "|yasamayacagim)",
        ),
        Rule(
            "plan",
            "(?:yarin|bu gece|yakinda|artik|birazdan) (?:[^ ]+ )?(?:burada |burda |hayatta"
            " )?(?:olmayacagim|olmicam|olmucam|olmayacam|olmiycam)",
            ask=True,
        ),
        Rule(
            "plan",
            "(?:hayatta|bu dunyada) (?:olmayacagim|olmicam|olmucam|olmayacam)|(?:ben"
            " )?(?:oldugumde|olunce|gidince|olmadigimda) (?:[^ ]+ )?(?:esyalarimi|kedimi|her"
            " seyimi|hesaplarimi)",
        ),
        Rule(
            "plan",
            "(?:esyalarimi|her seyimi|kiyafetlerimi)[^ ]* (?:[^ ]+ )?(?:dagittim|dagitiyorum"
            "|verdim|bagisladim)(?: [^ ]+)?(?: [^ ]+)? (?:artik|gerek kalmadi|ihtiyacim olmayacak"
            "|ise yaramaz)",
        ),
        # --- self_harm: cutting, burning, hitting oneself
        Rule(
            "self_harm",
            f"kendimi {_W}(?:kes|ciz|yak|yarala|jiletle|yumrukla|tirmala|dov){_NOT}(?!tim ve|tim"
            " sanirim)[^ ]*",
        ),
        Rule(
            "self_harm",
            "(?:bilek|bilegimi|bileklerimi|kolumu|kollarimi|bacagimi|bacaklarimi|damarimi"
            "|damarlarimi|derimi|karnimi|bilegim|kolum|kollarim)[^ ]* (?:[^ ]+ )?(?:kes|jilet|yak"
            "|ciz|yarala)[^ ]*",
        ),
        Rule(
            "self_harm",
            f"kendime {_W}{_W}zarar {_W}ver(?!mem|meyecegim|miyorum|meyi dusunmuyorum|mezdim"
            "|meyecem|mek istemiyorum|medim)[^ ]*",
        ),
        Rule(
            "self_harm",
            "(?:kafami|basimi|yumrugumu|yumruklarimi|elimi|ellerimi)[^ ]* (?:[^ ]+ )?(?:duvara"
            "|duvarlara|kapiya|aynaya|cama) (?:[^ ]+ )?(?:vur|carp|gecir|gecirdim|vurdum)[^ ]*(?:"
            " [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:kan|kanayana|kanadi|morar|kirilana)[^ ]*",
        ),
        Rule(
            "self_harm",
            "(?:kafami|basimi)[^ ]* (?:[^ ]+ )?(?:duvara|duvarlara) (?:[^ ]+ )?(?:vuruyorum"
            "|vurdum|carptim|carpiyorum)",
            ask=True,
        ),
        Rule(
            "self_harm",
            "(?:sigarayla|cakmakla|utuyle|jiletle|bicakla|makasla|camla) (?:[^ ]+ )?(?:kendimi "
            "|kolumu |bilegimi |elimi |bacagimi |derimi )?(?:yaktim|yakiyorum|kestim|kesiyorum"
            "|cizdim|ciziyorum|yaraladim)",
        ),
        Rule(
            "self_harm",
            "(?:kesme|kesmek|zarar verme|yakma) (?:istegi|arzusu|durtusu|krizi|ihtiyaci)"
            "|(?:kesmeye|kendime zarar vermeye|jilete) (?:[^ ]+ )?(?:basladim|geri dondum|dondum"
            "|nuks)",
        ),
        # --- other_at_risk: someone else is suicidal or hurting themselves
        Rule(
            "other_at_risk",
            f"kendini {_W}(?:oldur|as|kes|yak|jiletle|gebert|asmak|cizi|ciz)(?!medi|miyor|mez)[^"
            " ]*",
        ),
        Rule(
            "other_at_risk",
            "kendine (?:[^ ]+ )?zarar ver(?!medi|miyor|mez|me davran|me egilim|me uzerine|me"
            " hakkinda|me konusu)[^ ]*",
        ),
        Rule(
            "other_at_risk",
            "intihar (?:[^ ]+ )?(?:edecegini|edecegim diye|etmek istedigini|edecek|edicek|etmeyi"
            " dusunuyor(?!um)|girisiminde bulundu|etmeye calisti|etmeye kalkti|eder diye)",
        ),
        Rule(
            "other_at_risk",
            "(?:canina|hayatina) (?:[^ ]+ )?(?:kiy|son ver)(?:acagini|ecegini|acak|ecek|mak"
            " istiyor|mek istiyor|maktan|mekten|maya calisti|meye calisti)[^ ]*",
        ),
        Rule(
            "other_at_risk",
            "(?:olmek|yasamamak) (?:[^ ]+ )?(?:istedigini|istiyor(?!um)|istiyormus)|yasamak (?:[^"
            " ]+ )?(?:istemedigini|istemiyor(?!um)|istemiyormus)",
        ),
        Rule(
            "other_at_risk",
            "(?:kendini|kendine) (?:[^ ]+ )?(?:bir sey|birsey|bisey) yap(?:acagini|acak|mak"
            " istiyor|icak|masindan)[^ ]*",
        ),
        # --- danger: threats, violence, stalking, weapons, fear for one's life
        Rule(
            "danger",
            "(?:beni|bizi|cocuklari|cocuklarimi|cocugumu) (?:[^ ]+ )?(?:oldurecegini|olduresiye"
            "|oldurmekle|oldurmeye|oldurmesinden|oldurecegine|oldurmek istedigini|gebertecegini"
            "|kesecegini|bicaklayacagini|vuracagini|dovecegini|bogacagini|yakacagini"
            "|mahvedecegini|bulacagini|kaciracagini|oldurebilir|oldurur diye|oldurecek diye"
            "|olduresiye)[^ ]*",
        ),
        Rule(
            "danger",
            "(?:seni|sizi|onu) (?:[^ ]+ )?(?:oldurecegim|oldurcem|oldurucem|oldururum"
            "|gebertecegim|gebertirim|gebertcem|gebertecem|kesecegim|keserim|kescem|bogarim"
            "|bogacagim|mahvedecegim|mahvederim|mahvedicem|yakarim|yakacagim|bulurum|bulacagim"
            "|bulucam|bicaklarim|vururum|vuracagim|oldurmeden birakmam|yasatmam"
            "|yasatmayacagim)(?! lol| haha| sakaa| saka| xd)",
        ),
        Rule(
            "danger",
            f"{_HE}(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:beni|bize|bana|cocuklara|cocuklarima)"
            f" {_W}(?:oldurecek|oldurur|olduresiye|oldurmeye|dovdu|dovuyor|dover|dovecek|dovmeye"
            "|vurdu|vuruyor|vuracak|bogdu|bogazladi|bogmaya|bicakladi|bicaklayacak|bicak cekti"
            "|silah cekti|tehdit ediyor|tehdit etti|tokatladi|tekmeledi|itti|ittirdi|sikistirdi"
            "|kilitledi|hapsetti|tecavuz etti|yaraladi|yakacak|kacirdi|kacirmaya|saldirdi|el"
            " kaldirdi|tokat atti|yumruk atti|tekme atti|siddet uyguladi|siddet uyguluyor|tukurdu"
            "|sürükledi|surukledi|dovup)",
        ),
        Rule(
            "danger",
            "(?:bana|beni|bize|cocuklara|cocuklarima) (?:[^ ]+ )?(?:vurdu|vuruyor|el kaldirdi|el"
            " kaldiriyor|tokat atti|tokat atiyor|yumruk atti|yumrukladi|tekme atti|tekmeledi"
            "|tokatladi|dovdu|dovuyor|dovecek|siddet uyguladi|siddet uyguluyor|siddet goruyorum"
            "|saldirdi|tecavuz etti|bogdu|bogazladi|bogmaya calisti|bicakladi|olduresiye"
            "|surukledi|sac(?:imdan|larimdan) cekti)",
        ),
        Rule(
            "danger",
            "(?:bogazimi|boynumu|girtlagimi)[^ ]* (?:[^ ]+ )?(?:sikti|sikiyor|sikmaya|tuttu"
            "|yakaladi|kavradi|sikip|sikarak)",
        ),
        Rule(
            "danger",
            "beni (?:[^ ]+ )?(?:duvara|yere|kapiya|merdivenden|duvarla|arabaya) (?:[^ ]+"
            " )?(?:yapistir|carp|firlat|it|sikistir|at|savur|dayadi|yasla)[^ ]*",
        ),
        Rule(
            "danger",
            "(?:canimdan|hayatimdan|can guvenligimden|cocuklarimin hayatindan|cocuklarimdan)"
            " (?:cok |gercekten |ciddi )?(?:korkuyorum|endise ediyorum|korkuyom|endiseliyim)|can"
            " guvenligim (?:yok|kalmadi)",
        ),
        Rule(
            "danger",
            "(?:oldurmesinden|zarar vermesinden|bir sey yapmasindan|bisey yapmasindan|dovmesinden"
            "|vurmasindan|gelmesinden|bulmasindan|beni bulmasindan|saldirmasindan|cocuklara zarar"
            " vermesinden) (?:[^ ]+ )?(?:korkuyorum|korkuyom|endise|cekiniyorum)",
        ),
        Rule(
            "danger",
            "(?:kapimin|evimin|isyerimin|okulumun|evin|apartmanin|binanin|kapinin|penceremin"
            "|ofisimin|isimin|evimizin|kapimizin|sitenin|yurdun)(?: [^ ]+)? (?:onunde|onune"
            "|kapisinda|altinda|girisinde|kosesinde) (?:[^ ]+ )?(?:bekliyor|bekliyordu|duruyor"
            "|duruyordu|zile basiyor|zile basti|kapiyi yumrukluyor|kapiyi caliyor|kapiyi calip"
            "|dolasiyor|bagiriyor|nobet tutuyor|sabahliyor|dikiliyor|belirdi|bitti|pusu|beklemis"
            "|bekledi|gezindi|geziniyor|dikildi)",
        ),
        Rule(
            "danger",
            "(?:arabasini|arabasi|arabasinin|motorunu|arabasıyla|arabasiyla)(?: [^ ]+)? (?:[^ ]+"
            " )?(?:isyerimin|evimin|okulumun|kapimin|ofisimin|isimin|evimizin|sitemin"
            "|apartmanimin) (?:onunde|onune|yaninda|karsisinda|kosesinde)",
        ),
        Rule(
            "danger",
            "(?:her gittigim yerde|her yerde|gittigim her yerde|her yere|nereye gitsem|nereye"
            " gidersem) (?:[^ ]+ )?(?:ortaya cikiyor|karsima cikiyor|beliriyor|peydah|gozukuyor"
            "|pesimden|beni buluyor|o da geliyor|geliyor)",
        ),
        Rule(
            "danger",
            "pesim(?:den|de) (?:[^ ]+ )?(?:geliyor|geldi|yuruyor|yurudu|dolasiyor|ayrilmiyor"
            "|takip)|(?:eve|evime|isime|okula|okuluma) kadar (?:[^ ]+ )?(?:takip etti|takip"
            " ediyor|pesimden geldi|beni izledi)",
        ),
        Rule(
            "danger",
            "beni (?:[^ ]+ )?(?:takip ediyor|takip etti|izliyor|gozetliyor|takip ettiriyor)(?: [^"
            " ]+)?(?: [^ ]+)? (?:sokakta|arabayla|arabasiyla|her gun|her yerde|disarida|yolda|eve"
            " kadar|isime kadar|okula kadar|gece|korkuyorum|pesimden)",
        ),
        Rule(
            "danger",
            "beni (?:[^ ]+ )?(?:sokakta|arabayla|arabasiyla|her yerde|disarida|yolda|gece"
            "|geceleri|okuldan|isten|evden|eve kadar|gizlice|surekli) (?:[^ ]+ )?(?:takip ediyor"
            "|takip etti|izliyor|izledi|gozetliyor|takip ediyo)",
        ),
        Rule(
            "danger",
            "(?:dovuyor|dovdu|dover|vuruyor|dovecek|tokatliyor|tekmeliyor) (?:beni|bizi|cocuklari"
            "|cocuklarimi)|(?:yine|hala|her gun|surekli|gene|tekrar|her aksam|icince) (?:beni "
            "|bizi |bana )?(?:dovuyor|dovdu|vuruyor|vurdu|tokatliyor|tokatladi|el kaldirdi"
            "|saldirdi)",
        ),
        Rule("danger", "beni (?:[^ ]+ )?(?:takip ediyor|takip etti|izliyor|gozetliyor)", ask=True),
        Rule(
            "danger",
            "(?:bicak|bicagin|silah|silahin|tabanca|tabancanin|satir|emj_knife|emj_gun)[^ ]*"
            " (?:[^ ]+ )?(?:fotografi|fotosu|resmi|videosu|fotografini|fotosunu|resmini"
            "|videosunu)|(?:fotograf|foto|resim|video)[^ ]* (?:[^ ]+ )?(?:bicak|silah|tabanca"
            "|emj_knife|emj_gun)[^ ]*",
        ),
        Rule(
            "danger",
            "(?:silah|silahi|tabanca|tabancasi|ruhsatsiz)[^ ]* (?:var|aldi|gosterdi|cekti"
            "|dogrultu|dayadi|aldigini|tasiyor|aliyor|almis)|(?:bicak|bicagi|satir|satiri|tabanca"
            "|tabancayi|silah|silahi)[^ ]* (?:[^ ]+ )?(?:cekti|dayadi|dogrultu|salladi|gosterdi"
            "|boynuma|bogazima|karnima|kafama)",
        ),
        Rule(
            "danger",
            "(?:cocuk|cocuklari|cocuklarimi|cocugumu|kizimi|oglumu|bebegimi|cocuklarimizi"
            "|cocugumuzu)[^ ]* (?:[^ ]+ )?(?:[^ ]+ )?(?:zarar|kacir|alip goturmek|alip gidecegini"
            "|alip kacacagini|alacagini|almakla|oldur|bir daha gostermem|gostermeyecegini"
            "|gostermemekle|yurtdisina)[^ ]*",
        ),
        Rule(
            "danger",
            "(?:benim olmazsan|benim olamazsan) (?:[^ ]+ )?(?:kimsenin|hicbir kimsenin"
            "|baskasinin)|kimsenin olamazsin|baskasinin olamazsin|baskasiyla (?:[^ ]+"
            " )?(?:gorursem|gorursen|olursan)(?: [^ ]+)?(?: [^ ]+)? (?:oldur|keser|vurur|yakar"
            "|mahved|gebert)[^ ]*",
        ),
        Rule(
            "danger",
            "(?:bicakla|silahla|tabancayla|satirla|sopayla|oldurmekle|dovmekle|yakmakla"
            "|kacirmakla|bicaklamakla|vurmakla|zarar vermekle|cocuklari almakla|olumle|asit"
            " atmakla|yuzunu|yuzume asit|gebertmekle|kesmekle|mahvetmekle)[^ ]* (?:[^ ]+"
            " )?tehdit[^ ]*|olum tehdit[^ ]*|(?:tehdit|tehditler)[^ ]* (?:[^ ]+ )?(?:oldur|gebert"
            "|bicak|silah|yak)[^ ]*",
        ),
        Rule(
            "danger",
            "(?:evimi|arabami|evi|dairemi|kapimi|evimizi|arabamizi)[^ ]* (?:[^ ]+ )?(?:yakacagini"
            "|yakacak|yakarim|atese verecegini|atese verecek|kundakla|yakmakla|yaktı|yakti)[^ ]*",
        ),
        Rule(
            "danger",
            "(?:evime|eve|daireme|odama)[^ ]* (?:[^ ]+ )?(?:zorla girdi|zorla girmeye|kapiyi"
            " kirip|kapiyi kirdi|pencereden girdi|izinsiz girdi)|kapimi (?:[^ ]+ )?(?:kirdi"
            "|kirmaya|zorladi|tekmeledi)",
        ),
        Rule(
            "danger",
            "(?:siddet goruyorum|siddet uyguluyor|siddet gordum|siddete ugradim|siddete maruz)(?!"
            " degil)",
        ),
        Rule("danger", "(?:emj_knife|emj_gun)", ask=True),
        Rule(
            "danger",
            "pisman (?:[^ ]+ )?(?:olacaksin|edecegim|edicem|ederim)|(?:gorursun|goreceksin)"
            " (?:sen|gununu)|gununu gosterecegim|seni yasatmam",
            ask=True,
        ),
        Rule(
            "danger",
            "(?<!korkmuyorum )(?:ondan|ondan cok|eski sevgilimden|eskimden|kocamdan|o adamdan)"
            " (?:[^ ]+ )?(?:korkuyorum|korkuyom|cok korkuyorum)",
            ask=True,
        ),
        Rule(
            "danger",
            "(?:nerede|nerde) (?:oturdugumu|yasadigimi|calistigimi|kaldigimi|oldugumu) (?:[^ ]+"
            " )?(?:biliyor|ogrenmis|buldu|ogrendi)",
            ask=True,
        ),
        Rule(
            "danger",
            "(?:gozum|gozumu|yuzum|kolum|boynum|her yerim)[^ ]* (?:morardi|mosmor|kanadi|patladi"
            "|morluk)|morluk(?:lar)?",
            ask=True,
        ),
        Rule(
            "danger",
            "beni (?:[^ ]+ )?tehdit (?:ediyor|etti|ediyo|etmis)|(?:israrli takip|stalk)[^ ]*"
            " (?:ediyor|ediyo|yapiyor|ediliyorum)|taciz (?:ediyor|ediyo|etti|ediliyorum)",
            ask=True,
        ),
        # --- families that generalise beyond the training phrasings
        # Ending it, said of oneself: "bitirmek istiyorum, kendimi yani", "hayatimi bitirecegim".
        Rule(
            "suicidal",
            "(?:bitirmek|bitirecegim|bitiricem|bitircem|bitirsem|sonlandirmak|sonlandiracagim)"
            " (?:istiyorum |isterdim |lazim )?(?:[^ ]+ )?kendimi|kendimi (?:[^ ]+ )?(?:bitirmek"
            "|bitirecegim|bitiricem|bitircem|sonlandir[^ ]*)|hayatimi (?:[^ ]+ )?(?:bitir[^ ]*"
            "|sonlandir[^ ]*)(?<!bitirdi)(?<!bitirdin)",
        ),
        Rule(
            "suicidal",
            "her seyi (?:[^ ]+ )?(?:bitirmek|bitirecegim|bitiricem|bitircem|sonlandir[^ ]*)"
            "|(?:artik )?bitsin (?:artik|istiyorum|her sey)",
            ask=True,
        ),
        # Suicide on the mind; "something crazy" there is no return from.
        Rule(
            "suicidal",
            "intihar[^ ]*(?: [^ ]+)?(?: [^ ]+)? (?:kafamdan|aklimdan) (?:[^ ]+ )?(?:cikmiyor"
            "|gitmiyor|atamiyorum)|(?:kafamda|aklimda) (?:hep |surekli |sadece |hala )?intihar",
        ),
        Rule("suicidal", "intihar[^ ]*", ask=True),
        Rule(
            "suicidal",
            "(?:delilik|aptallik|salaklik|hata|bir sey|bisey|sey)(?: [^ ]+)?(?: [^ ]+)?(?: [^"
            " ]+)?(?: [^ ]+)? geri donus[^ ]* (?:olmayan|yok)",
        ),
        Rule(
            "suicidal",
            "(?:delilik|aptallik|salaklik|bir hata|bi hata) (?:yapacagim|yapicam|yapcam|yapmama"
            "|yapmak uzereyim|yapabilirim|yapmaktan korkuyorum|yapmadan)",
            ask=True,
        ),
        Rule(
            "suicidal",
            "(?:acisiz|agrisiz|olmek|olunur|oldurur|intihar|hizli|kolay)[^ ]*(?: [^ ]+)?(?: [^"
            " ]+)?(?: [^ ]+)? (?:kendim icin|benim icin) (?:soruyorum|sordum|soruyom)",
        ),
        # Angry to be still here; the heart stopping in sleep; not existing.
        Rule(
            "passive",
            "(?:hala|hala daha|yine|tekrar|gene) (?:burda|burada|hayatta|yasiyor|uyandigim"
            "|uyandim|nefes)[^ ]*(?: [^ ]+)?(?: [^ ]+)? (?:icin )?(?:sinir|kiziyorum|uzuluyorum"
            "|uzgunum|hayal kirikligi|nefret|bozuluyorum|sinirleniyorum|lanet|deliriyorum"
            "|ofkeleniyorum)|(?:maalesef|ne yazik ki|yazik ki) (?:hala |yine |gene |hala daha"
            " )?(?:hayattayim|yasiyorum|uyandim|burdayim|buradayim|nefes aliyorum)",
        ),
        Rule(
            "passive",
            "kalbim (?:[^ ]+ )?(?:dursun|dursa|dursaydi|duruversin|teklesin|durmasini|duracak"
            " diye)|uykumda (?:olsem|olmek|olup|gitsem|olmeyi|olursem)",
        ),
        Rule(
            "passive",
            "(?:hic )?var olmasam|var olmasaydim|var olmak istemiyorum|var olmayi birak[^ ]*|(?:ben"
            " olmasam|ben olmazsam|ben olmasaydim|ben yok olsam|ben olmadan|bensiz)(?: [^ ]+)?(?:"
            " [^ ]+)? (?:daha )?(?:iyi|rahat|huzurlu|mutlu|kolay)",
        ),
        # Taking all of them; a letter left for the family; a pet given away and a day set;
        # standing on the bridge.
        Rule(
            "plan",
            "(?:hepsini|hepsi|tumunu|butun kutuyu|kutunun hepsini|tamamini|hepsini birden)"
            " (?:[^ ]+ )?(?:alicam|alacagim|alcam|icicem|icecegim|yutucam|yutacagim|yutcam"
            "|atacagim|aticam|ictim|yuttum|aldim|icicegim)",
        ),
        Rule(
            "plan",
            f"{_PILL}[^ ]*(?: [^ ]+)?(?: [^ ]+)? (?:topladim|biriktirdim|hazir|onumde|yanimda"
            "|sakladim|hazirladim|stokladim)",
        ),
        Rule(
            "plan",
            "(?:anneme|babama|aileme|kardesime|ablama|abime|cocuklarima|kizima|ogluma|esime"
            "|anneanneme|babaanneme|en yakin arkadasima) (?:bir |bi )?(?:mektup|not|veda"
            " mektubu|veda notu)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:yastig[^ ]*"
            "|masa[^ ]*|bulacak|bulsun|bu gece|gidince|olunce|sonra okusun|yarin sabah)",
        ),
        Rule(
            "plan",
            "(?:anneme|babama|aileme|kardesime|ablama|abime|cocuklarima|kizima|ogluma|esime)"
            " (?:bir |bi )?(?:mektup|not) (?:yazdim|biraktim|yazip)",
            ask=True,
        ),
        Rule(
            "plan",
            "(?:kedimi|kopegimi|kusumu|hayvanlarimi|kedilerimi|kopeklerimi|baliklarimi|tavsanimi)"
            "(?: [^ ]+)? (?:verdim|biraktim|emanet ettim|teslim ettim)(?: [^ ]+)?(?: [^ ]+)?(?:"
            " [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:sildim|bitiyor|bitecek|veda|sonsuza"
            "|hosca kalin|elveda|kapattim)",
        ),
        Rule(
            "plan",
            "(?:hesaplarimi|instami|hesabimi|sosyal medya[^ ]*|her seyi) (?:[^ ]+ )?(?:sildim"
            "|kapattim)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:bitiyor|bitecek|veda|son gun|hosca"
            " kal|elveda)",
        ),
        Rule(
            "plan",
            "(?:cumartesi|pazar|pazartesi|sali|carsamba|persembe|cuma|yarin|bu gece|bu aksam"
            "|haftaya) (?:her sey |hersey )?(?:bitiyor|bitecek|biter)(?= $)",
            ask=True,
        ),
        Rule(
            "plan",
            "(?:koprunun|kopru|catinin|ucurumun|binanin|balkonun|korkulugun|koprude|catida)"
            " (?:[^ ]+ )?(?:ustundeyim|ustundeyim|tepesindeyim|kenarindayim|ucundayim"
            "|uzerindeyim|catisindayim)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:asagi[^ ]*"
            "|atlayacagim|atlicam|kimse yok|karanlik|veda|son kez|bakiyorum)",
        ),
        Rule(
            "plan",
            "(?:koprunun|kopru|catinin|ucurumun|korkulugun) (?:[^ ]+ )?(?:ustundeyim|tepesindeyim"
            "|kenarindayim|ucundayim|uzerindeyim)",
            ask=True,
        ),
        # Self-harm: the blade as relief, cigarettes pressed on skin, burning on purpose,
        # biting or scratching until it bleeds.
        Rule(
            "self_harm",
            "(?:rahatlatan|iyi gelen|yardim eden|sakinlestiren|rahatlatiyor)(?: tek| yegane)?"
            " (?:sey|bisey)?(?: [^ ]+)? ?(?:jilet|kesmek|kendimi kesmek|kesik|bicak|kanamak"
            "|yakmak|kendime zarar)|jilet[^ ]* (?:[^ ]+ )?(?:lazim|ihtiyacim|olmadan|istiyorum"
            "|aldim|hazir|rahatlat[^ ]*)",
        ),
        Rule("self_harm", "jilet[^ ]*", ask=True),
        Rule(
            "self_harm",
            "(?:sigara[^ ]*|izmarit[^ ]*)(?: [^ ]+)? (?:koluma|elime|bilegime|bacagima|kolumda"
            "|elimde|bilegimde|cildime|tenime|karnima|kolumun|bacaklarima|kollarima)"
            " (?:[^ ]+ )?(?:bastir[^ ]*|sondur[^ ]*|yak[^ ]*|bas[^ ]*)",
        ),
        Rule(
            "self_harm",
            "(?:bilerek|kasten|isteyerek|bile bile|mahsus|bilincli)(?: [^ ]+)?(?: [^ ]+)?(?: [^"
            " ]+)? (?:yaktim|yakiyorum|kestim|kesiyorum|isirdim|vurdum|yaraladim|kanattim"
            "|tirmaladim|haslad[^ ]*)|kendimi (?:cakmakla|sigarayla|utuyle|ocakta|kaynar suyla"
            "|sicak suyla|mumla|dzle) (?:[^ ]+ )?(?:yak[^ ]*|haslad[^ ]*)",
        ),
        Rule(
            "self_harm",
            "(?:isir[^ ]*|tirmal[^ ]*|kasi[^ ]*|vur[^ ]*|yumrukl[^ ]*|cimdikl[^ ]*|kes[^ ]*"
            "|kazi[^ ]*)(?: [^ ]+)?(?: [^ ]+)? (?:kanayana kadar|kanatana kadar|kan cikana kadar"
            "|morarana kadar)|(?:kanayana kadar|kan cikana kadar) (?:[^ ]+ )?(?:isir[^ ]*"
            "|tirmal[^ ]*|kasi[^ ]*|vur[^ ]*)|(?:kolumu|kollarimi|elimi|ellerimi|bacagimi"
            "|bacaklarimi|derimi|tenimi|bilegimi|kendimi)(?: [^ ]+)? (?:kanatiyorum|kanattim"
            "|kanatirim|kanatmak)",
        ),
        # Danger: the door being broken, "no coincidence", the children threatened, slaps.
        Rule(
            "danger",
            "(?:kapiyi|kapiya|kapimi|kapimiza) (?:[^ ]+ )?(?:kiracak|kiricam|kiracam|kiracagim"
            "|kirmaya|kirdi|kiriyor|tekmeliyor|tekmeledi|yumrukluyor|zorluyor|dayaniyor|yikacak"
            "|yumrukladi)|(?:saattir|dakikadir|saatlerdir) (?:[^ ]+ )?kapi[^ ]* (?:[^ ]+"
            " )?(?:vuruyor|caliyor|yumrukluyor|tekmeliyor|dayaniyor)",
        ),
        Rule(
            "danger",
            "(?:banyoya|tuvalete|odama|yatak odasina|dolaba|arabaya|banyoda|tuvalette) (?:[^ ]+"
            " )?(?:kilitlendim|kapandim|saklandim|kilitledim|saklaniyorum)",
            ask=True,
        ),
        Rule(
            "danger",
            "(?:onlara|cocuklara|cocuklarima|cocuguma|kizima|ogluma|bebege|bebegime|cocuklari)"
            " (?:[^ ]+ )?(?:zarar (?:verecegini|verecek|vermekle|vermekten|verirmis|verir|veririm"
            "|vericem|vericek|verdi)|bir sey yapacagini|bisey yapacagini|kiyacagini)",
        ),
        Rule(
            "danger",
            "(?:her yerde|her yere|surekli|hep|her seferinde|onunde|kapimda)(?: [^ ]+)?(?: [^"
            " ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:tesaduf"
            "|rastlanti|denk gelme)[^ ]* (?:[^ ]+ )?degil",
        ),
        Rule("danger", "(?:tesaduf|rastlanti)[^ ]* (?:[^ ]+ )?degil", ask=True),
        Rule(
            "danger",
            "tokat (?:atti|atiyor|atmis|vurdu|indirdi|aski|yedim)|telefonumu (?:[^ ]+ )?(?:[^ ]+"
            " )?(?:kirdi|parcaladi|carpti|firlatti|duvara atti|elimden aldi)",
        ),
        Rule(
            "danger",
            "lastik[^ ]* (?:[^ ]+ )?(?:kesti|patlatti|kesmis|patlatmis|indirdi|kesik)|(?:penceremin"
            "|pencerenin|pencereden|camdan|bahcemde|bahcede|penceremden|camimdan)(?: [^ ]+)?(?:"
            " [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:bakiyordu|bakiyor|izliyor|izliyordu|gozetliyor"
            "|gozetliyordu|durup|bekliyor|bekliyordu|fener)",
        ),
        Rule("danger", "gizli numara[^ ]*", ask=True),
        # Someone else: cuts on their arms, a goodbye posted and no answer.
        Rule(
            "other_at_risk",
            "(?:kollarinda|bileklerinde|bacaklarinda|kolunda|bileginde|bacaginda|kollarindaki"
            "|bileklerindeki)(?: [^ ]+)? (?:kesik|kesikler|jilet izleri|yara|yaralar|izler|cizik"
            "|cizikler)[^ ]*",
        ),
        Rule(
            "other_at_risk",
            "veda[^ ]*(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:acmiyor|cevap"
            " vermiyor|donmuyor|ulasamiyorum|ulasilamiyor|kayip|kapali|yazmiyor)",
        ),
        Rule(
            "suicidal",
            "(?:kac|ne kadar) (?:tane )?(?:hap|ilac|parol|xanax|uyku hapi|emj_pill)[^ ]*(?: [^"
            " ]+)?(?: [^ ]+)? (?:olurum|oldurur|olunur|olmek icin|olmeye yeter|oldurucu)"
            "|oldurucu doz[^ ]*",
        ),
        Rule(
            "plan",
            "son (?:mesajim|mesaj|yazim|sozlerim)(?: [^ ]+)?(?: [^ ]+)? (?:hosca kal[^ ]*|elveda"
            "|veda|herkese|sizi seviyorum|seni seviyorum)|(?:hosca kalin|elveda) (?:herkes"
            "|hepiniz|sonsuza|dunya)",
        ),
        Rule("plan", "(?:bu )?(?:benim )?son mesajim", ask=True),
        *_MORE_RULES,
        *_R3_RULES,
    ),
    exceptions=(
        # Idioms and hyperbole.
        (
            "(?:gulmekten|acliktan|sicaktan|soguktan|utancimdan|utanctan|merakimdan|merakdan"
            "|sikintidan|uykusuzluktan|yorgunluktan|kahkahadan|kiskancliktan|stresten|heyecandan"
            "|korkudan) (?:[^ ]+ )?ol[^ ]*"
        ),
        (
            "(?:bu is|bu ders|bu sinav|bu sicak|bu trafik|patron|patronum|annem|annemler|babam"
            "|hocam|bu dizi|bu sarki|bu bekleyis)(?: [^ ]+)?(?: [^ ]+)? beni (?:[^ ]+"
            " )?(?:oldurecek|oldurur|olduruyor|bitiriyor|bitirecek|oldurdu)"
        ),
        (
            "kendimi (?:[^ ]+ )?(?:oldurdum|oldurecektim|oldurdum sandim) (?:[^ ]+ )?(?:gulmekten"
            "|calismaktan|yorgunluktan|spordan)"
        ),
        "(?:atlama ip|ip atla|ipe un ser)[^ ]*",
        # Negations: the writer says it is not so.
        (
            "(?:intihar|olum)[^ ]* (?:dusunce|dusuncem|dusuncelerim|dusuncesi|niyetim|planim|gibi"
            " bir sey)[^ ]* (?:[^ ]+ )?(?:yok|degil|kalmadi|olmadi)"
        ),
        (
            "intihar[^ ]* (?:[^ ]+ )?(?:dusunmuyorum|dusunmuyom|dusunmedim|dusunmem|etmem"
            "|etmeyecegim|etmiyorum)"
        ),
        (
            "(?:asla|hicbir zaman|asla ve asla) (?:[^ ]+ )?(?:[^ ]+ )?(?:kendimi|kendime|intihar"
            "|hayatima|canima)[^ ]*(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
        ),
        (
            "(?:kendimi|kendime) (?:[^ ]+ )?(?:[^ ]+ )?[^ ]*(?:mek|mak) (?:[^ ]+ )?(?:istemiyorum"
            "|istemem|istemiyom|niyetinde degilim)"
        ),
        "(?:artik|bir daha) (?:kendimi|kendime) (?:[^ ]+ )?[^ ]*(?:miyorum|mem|meyecegim|miyom)",
        # Stories: films, series, books, songs, and what they are about.
        f"{_STORY}[^ ]*{_WIN5}{_WIN5}",
        "(?:soyluyor|soyledigi|soyler|diyor ki|dizesi|sozleri|nakarat)" + _WIN5,
        # Someone else's joking threat ("my friend said he'd kill me if I text him").
        (
            "(?:kanka|kankam|arkadasim|annem|babam|ablam|abim|kardesim|anneannem|babaannem"
            "|terapistim|psikologum|hocam|patronum|ev arkadasim|kuzenim|teyzem)[^ ]*(?: [^ ]+)*?"
            " (?:seni|sizi|onu) (?:[^ ]+ )?oldur[^ ]*(?: [^ ]+)? (?:dedi|diyor|demisti|yazdi|der"
            "|derdi|soyledi)"
        ),
        # The past, told from a recovered present.
        (
            "(?:yil once|yil önce|yillar once|ay once|aylar once|eskiden|lisede|ortaokulda"
            "|universitede|gencken|cocukken|son ayriligimda|onceki ayriligimda|bir zamanlar"
            "|gecmiste|zamaninda|o zamanlar|ilk ayriligimda|onceki sevgilim|eski eski sevgilim)(?:"
            " [^ ]+)*? (?:simdi|artik|bu sefer|bu kez|yildir|gecti|iyiyim|idare|biliyorum"
            "|yapmiyorum|yurtdisinda|bitti|kurtuldum)"
        ),
        # Study, work and volunteering about these topics.
        (
            "(?:tez|tezimi|odev|odevimi|sunum|ders|makale|arastirma|egitim|seminer|proje|rapor)[^"
            " ]* (?:[^ ]+ )?(?:[^ ]+ )?(?:intihar|kendine zarar|siddet|israrli takip|taciz)[^ ]*(?:"
            " [^ ]+)?(?: [^ ]+)?"
        ),
        # Exam-day hyperbole.
        (
            "(?:final|sinav|vize|ders|odev|proje|patron|mudur|sunum|pazartesi|yks|kpss|ales"
            "|matematik|fizik|kimya|butunleme)[^ ]*" + _WIN5 + _WIN5 + " kendimi (?:[^ ]+"
            " )?(?:asicam|asacagim|asarim|oldurucem|oldurecegim|atcam|aticam|atacagim)"
        ),
        (
            "kendimi (?:[^ ]+ )?(?:asicam|asacagim|oldurucem|atcam|aticam)(?: [^ ]+)? (?:lol|xd"
            "|haha[^ ]*|sksk[^ ]*|asdf[^ ]*|jsjs[^ ]*)"
        ),
        # Work in a clinic or an emergency room.
        (
            "(?:hemsire[^ ]*|doktorum|nobetteydim|nobetteyim|paramedigim|stajdayim|hastanede"
            " calisiyorum|acilde calisiyorum)" + _WIN5 + _WIN5
        ),
        "beni oldurmeyen (?:sey|her sey)(?: [^ ]+)? (?:guclendirir|guclu kilar)",
        "hayat (?:[^ ]+ )?(?:bana )?tokat (?:atti|atiyor|gibi)",
        "(?:sivrisinek|isirik|sivilce|kasinti|egzama)[^ ]*" + _WIN5,
        # Negation: "not to the point of doing something to myself".
        (
            "kendime (?:[^ ]+ )?(?:bisey|bir sey|zarar) (?:[^ ]+ )?(?:yapacak|verecek) kadar"
            " (?:[^ ]+ )?degil"
        ),
        # Violence by a former partner, long past.
        (
            "(?:ilk|onceki|bir onceki)(?: [^ ]+)?" + _WIN5 + _WIN5 + " (?:[0-9]+|birkac|bir cok"
            "|cok|uzun) (?:yil|sene|ay) once"
        ),
        *_MORE_EXCEPTIONS,
        *_R3_EXCEPTIONS,
    ),
)
