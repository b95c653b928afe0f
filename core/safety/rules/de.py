"""German: crisis and danger phrases, and the idioms, negations, quotes and stories like them."""

from core.safety.recognizer import Recognizer, Rule

# One optional word that is not a negation ("will mich nicht umbringen" must not match).
_W = "(?:(?!nie |nicht |niemals |nimmer |nich |net |kein |keine |nichts )[^ ]+ )?"
# Killing oneself or being killed, as infinitive, zu-infinitive and first person.
_KILL = (
    "(?:umbringen|umzubringen|umbringe|umbring|toten|toeten|zu toten|zu toeten|kilen|zu kilen|kile"
    "|umbr[^ ]*|erhangen|erhaengen|aufhangen|aufhaengen|aufzuhangen|aufzuhaengen|erschiesen|zu"
    " erschiesen"
    "|vergiften|zu vergiften|ertranken|ertraenken|zu ertranken|zu ertraenken|umlegen)"
)
# A partner, an ex, or "he"/"she": the person a danger message is about.
_HE = (
    "(?:er|sie|ex|typ|mann|freund|freundin|partner|partnerin|verlobter|ehemann|exfreund|exfreundin)"
)
# What he did or will do to the writer.
_HURTS = (
    "(?:umbringt|umbringen|umzubringen|umgebracht|totet|toetet|toten|toeten|getotet|getoetet"
    "|abstechen|absticht"
    "|abzustechen|abgestochen|erstechen|ersticht|erstochen|erschiest|erschiesen|erschosen|abknalt"
    "|abknalen"
    "|kaltmacht|kaltmachen|erwurgt|erwuergt|erwurgen|erwuergen|umlegen|umlegt|kilt|kilen|schlagt"
    "|schlaegt"
    "|schlagen|geschlagen|verprugelt|verpruegelt|verprugeln|verpruegeln|gewurgt|gewuergt|wurgt"
    "|wuergt"
    "|vergewaltigt|vergewaltigen|zusammengeschlagen|getreten|tritt|geschubst|gestosen|angegriffen"
    "|geohrfeigt"
    "|verletzt|verletzen|fertigmacht|fertig machen|abpasst|abgepasst|aufgelauert|entfuhrt"
    "|entfuehrt)"
)
# Films, series, books and songs: what is said inside them is a story, not the writer.
_STORY = (
    "(?:film|filme|serie|folge|buch|roman|doku|episode|staffel|tatort|krimi|thriller|spiel|game"
    "|anime|manga"
    "|podcast|artikel|lied|song|songtext|musikvideo|hörbuch|horbuch|netflix|kapitel)"
)
_WIN5 = "(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"

# Round two: indirect plans, understated wishes, dialect, and the jokes and quotes that look alike.
_ME = "(?:mich|mi|mir|mer|ma)"
_NOMORE = (
    "(?:nicht mehr|nich mehr|net mehr|ned mehr|nimmer|nimma|nimmi|nume|nüm|nümm|nümme|nie mehr)"
)
_ALL = "(?:alles|des ganze|das ganze|dis ganze|alles hier|mein leben|mei leben|es|s|ois|alls)"
_PET = (
    "(?:hund|hundi|katze|kater|katzen|hamster|kaninchen|hase"
    "|vogel|wellensittich|meerschweinchen|tiere|fische)"
)
_MORE_RULES = (
    # Ending "it all" in so many words, dialect included ("des ganze beend", "ichs selbst beende").
    Rule(
        "suicidal",
        f"(?:ich|i|ichs|is|ichs einfach)(?: [^ ]+)?(?: [^ ]+)? {_ALL}(?: [^ ]+)?"
        " (?:beende|beend|beenden|beendn|zu beenden|zu beendn|ende setzen|ende mache|ende mach)",
    ),
    Rule(
        "suicidal",
        f"(?:dass|das|ob) (?:ich|i) {_ALL} (?:selbst |selber |einfach )?(?:beende|beend)",
    ),
    Rule(
        "suicidal",
        "(?:nicht|nich|net|ned|nit) (?:das |den |die |vom )?(?:bier|saufen|trinken|alk|alkohol|korn"
        "|wein|vodka|wodka|flasche) ?(?:sondern )?(?:mit )?(?:alles|allem)",
    ),
    Rule(
        "suicidal",
        (
            "(?:dass|das|ob) (?:ichs|is|ich es|i es|i des|ich das"
            " ganze) (?:[^ ]+ )?(?:selbst |selber )?(?:beende|beend"
            "|beenden)"
        ),
    ),
    Rule(
        "suicidal",
        "(?:mach|mache|machen) schlus"
        + _WIN5
        + "(?: [^ ]+)?(?: [^ ]+)? (?:mit allem|mit dem leben|mit meinem leben)",
    ),
    Rule(
        "passive",
        (
            "(?:nicht|nich|net) (?:so |mal so |weiter )?(?:schlimm"
            "|tragisch|wild) (?:ware|war|wär|wäre|warat)(?: es)?"
            " (?:wenn|falls) (?:mir|mia|mer) (?:[^ ]+ )?(?:was|etwas"
            "|öppis|ebbes) (?:zustost|zustosen|passiert|passieren"
            "|zustöst)"
        ),
    ),
    Rule("suicidal", "schlus (?:mit allem|mit alem|mit dem leben|mit meinem leben)"),
    Rule(
        "suicidal",
        "(?:mach|mache|machen) schlus(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:mit allem|mit dem leben)",
    ),
    Rule(
        "suicidal", "(?:zieh|ziehe|ziehen|ziehs) (?:jetzt |bald |heute |einfach |wohl )*den stecker"
    ),
    Rule(
        "suicidal",
        "wenn (?:ich|i) (?:mal )?(?:abkratz|abkratze|abkratzen|krepier|krepiere|den lofel abgeb)",
    ),
    Rule(
        "suicidal",
        (
            "(?:lang|lange|long|lang mehr)(?: [^ ]+)? (?:mach|mache"
            f"|halt|halte) (?:ich|i) (?:das|des|dis) {_NOMORE} mit"
        ),
    ),
    Rule("suicidal", f"(?:mach|mache|halt|halte) (?:ich|i) (?:das|des) {_NOMORE} lang(?:e)? mit"),
    Rule(
        "suicidal",
        (
            "(?:kein sinn|keine kraft|kein ausweg)(?: [^ ]+)?(?:"
            " [^ ]+)? (?:bald|balde) (?:ist es |ists |is es )?(?:vorbei"
            "|vorbai|zu ende|schlus)"
        ),
    ),
    Rule(
        "suicidal",
        "(?:ich hab|ich habe|hab|i hob|i hab) (?:mich|mi) (?:entschieden|entschlossen)"
        "(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:vorbei|ende|nicht mehr|abschied)",
        ask=True,
    ),
    Rule(
        "suicidal",
        "(?:vorbei|zu ende|schlus)(?: [^ ]+)?(?: [^ ]+)? (?:entschieden|beschlossen|beschlosen)",
    ),
    Rule(
        "suicidal",
        (
            "(?:angst|schis|panik)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
            f" (?:dass|das|das i|dass i) {_ME}(?: [^ ]+)?(?: [^ ]+)?"
            " (?:was|etwas|öppis|oppis|ebbes|eppes|ebbis|wos|was"
            " schlimmes) (?:an tue|antue|antu|antun|atue|atua|atuan"
            "|atun|aatue)"
        ),
    ),
    Rule(
        "suicidal",
        (
            f"{_ME} (?:hüt|heut|heute|heit)(?: [^ ]+)? (?:was|etwas"
            "|öppis|oppis|ebbes|eppes|wos) (?:antue|antun|atue|atua"
            "|atuan|aatue)"
        ),
    ),
    Rule(
        "suicidal",
        "(?:gleise|schienen|bruckengelander|brucke|abgrund|hochhaus|dach)"
        + _WIN5
        + (
            "(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:verlockend|verlockender"
            "|verlockenda|einladend|anziehend|ruft|rufen)"
        ),
    ),
    Rule(
        "suicidal",
        (
            "(?:vor den zug|vor n zug|vor nen zug|vor die bahn|vorn"
            " zug|vor die u ?bahn) (?:springen|hupfen|werfen|legen"
            "|stellen|springe|spring|schmeisen)"
        ),
    ),
    Rule(
        "suicidal",
        "(?:auf meine art|auf meine weise|auf meine tour) (?:regeln|regel|erledigen|losen|beenden)",
    ),
    # Wishing to be gone, to not wake up, to dissolve, or to be with the dead.
    Rule(
        "passive",
        (
            "(?:ich|i|mich|mi)(?: [^ ]+)?(?: [^ ]+)? (?:fur immer"
            "|fur imer|endgultig|fir imma|fia imma|fur ewig|fia ewig)"
            " (?:weg|fort|verschwinden|verschwunden|weg sein)"
        ),
    ),
    Rule("passive", "weg(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:ganz|komplett|richtig|fur immer) weg"),
    Rule(
        "passive",
        (
            "(?:warat|ware|wär|wäre|will|wil|möcht|mocht|mochte)"
            " (?:[^ ]+ )?(?:gern |gerne |lieber )?(?:einfach |afoch"
            " |eifach )?(?:weg|fort)"
        ),
        ask=True,
    ),
    Rule(
        "passive",
        (
            "(?:will|wil|mocht|mochte|möcht|wurd|würd|wär|war|warat"
            "|wäre|wollt|wolte|möcht|mog) (?:[^ ]+ )?(?:eigentlich"
            " |einfach |afoch |nur noch |nur |gern |gerne )*(?:verschwinden"
            "|weg sein|auflosen|aufhören zu existieren|nicht mehr"
            " da sein|nimma do sei|nimmer da sein|nicht mehr existieren)"
        ),
    ),
    Rule(
        "passive",
        (
            "(?:dass|das|damit|wo) (?:keiner|keener|keena|niemand"
            "|koana|kaner) mehr nach mir (?:fragt|sucht|schaut)"
        ),
    ),
    Rule("passive", f"{_ME} (?:auflosen|auflösen|in luft auflosen)"),
    Rule(
        "passive",
        (
            "(?:abstürzt|absturzt|absturzen|abstürzen|überfährt|uberfahrt"
            "|überfahren|uberfahren|unfall hätte|unfall hab|tot umfallen"
            "|umfalle|erwischt)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?:"
            " [^ ]+)? (?:egal|besser|lieber|recht|nichts dagegen"
            "|nix dagegen)"
        ),
    ),
    Rule(
        "passive",
        (
            "(?:wenn|falls) (?:mir|mia|mer) (?:mal |jetzt |morgen"
            " )?(?:was|etwas|öppis|ebbes) (?:zustösst|zustost|zustoset"
            "|zustosen|passiert|passieren wurde|passieren würde)(?:"
            " [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?:"
            " [^ ]+)? (?:schlimm|egal|dagegen|besser|recht)"
        ),
    ),
    Rule(
        "passive",
        (
            "(?:hätte|hatte|hät|hätt) (?:auch )?(?:nichts|nix|nischt)"
            " dagegen(?: [^ ]+)?(?: [^ ]+)? (?:sterben|tot|nicht"
            " aufwachen|zustöst|zustost|passiert)"
        ),
    ),
    Rule(
        "passive",
        "(?:nicht|nich|net|ned|nimmer|nimma) mehr (?:aufwachen|aufwache|aufwachn|aufwach)",
    ),
    Rule(
        "passive",
        (
            "(?:neben|bei) (?:oma|opa|mama|papa|mutti|omi|opi|meiner"
            " oma|meinem opa|meiner mama|meinem papa|meinem vater"
            "|meiner mutter)(?: [^ ]+)? (?:liegen|lieg|begraben|unter"
            " der erde|aufm friedhof|auf dem friedhof)"
        ),
    ),
    Rule(
        "passive",
        (
            "(?:wär|war|wäre|warat|will|wil) (?:[^ ]+ )?(?:lieber"
            " |gern |gerne )?(?:unter der erde|aufm friedhof|auf"
            " dem friedhof|bei oma|bei opa) "
        ),
    ),
    # Plans: the goodbye, the will, the pet given away, the search for the dose, the pills at hand.
    Rule(
        "plan",
        (
            "(?:mein|meine) (?:testament|patientenverfugung)(?: [^"
            " ]+)? (?:aufgesetzt|gemacht|geschrieben|verfast|fertig"
            "|erstelt|unterschrieben)"
        ),
        ask=True,
    ),
    Rule(
        "plan",
        (
            "testament(?: .*)? (?:so weit|soweit|zugangsdaten|pasworter"
            "|versicherung[^ ]*|abschied[^ ]*|mach ich es|tu ich"
            " es)"
        ),
    ),
    Rule(
        "plan",
        (
            "(?:zugangsdaten|pasworter|pins|passwort|pin|codes|passworte)(?:"
            " [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:geschickt|gegeben"
            "|aufgeschrieben|hinterlegt|geschickt)(?: .*)? (?:so"
            " weit|soweit|der tag|es pasiert|mach ich es|tu ich es)"
        ),
    ),
    Rule(
        "plan",
        (
            "(?:den|die|das|meinen|meine|mein|unseren|unsere)(?:"
            f" [^ ]+)? {_PET} (?:[^ ]+ )?(?:gegeben|abgegeben|weggegeben"
            "|vermacht|uberlasen|geschenkt|vermittelt)(?: .*)? (?:abschiedsbrief"
            "|alles geregelt|alles erledigt|tschus|abschied|verabschiedet"
            "|in ordnung)"
        ),
    ),
    Rule(
        "plan",
        (
            f"{_PET} (?:ist |is )?(?:jetzt )?(?:bei|zu) (?:meiner"
            "|meinem|meine) [^ ]+(?: .*)? (?:abschiedsbrief|alles"
            " geregelt|alles erledigt|tschus|verabschiedet)"
        ),
    ),
    Rule(
        "plan",
        (
            "(?:brief|briefe|abschiedsbrief|abschiedsbriefe)(?: [^"
            " ]+)? (?:geschrieben|hinterlegt|hingelegt)(?: .*)? (?:alles"
            "|jetzt) (?:[^ ]+ )?(?:geregelt|erledigt|in ordnung|fertig"
            "|bereit)"
        ),
    ),
    Rule("plan", "(?:von allen|von alen|von jedem|von euch allen|von allen leuten) verabschiedet"),
    Rule(
        "plan",
        (
            "(?:wollt|wolte|wollte|will|wil|mocht|wolt) (?:nur noch"
            " |nur |noch )?(?:kurz |mal )?(?:tschüss|tschuss|tschau"
            "|ciao|lebewohl|auf wiedersehen|adieu|bye|servus|pfiat"
            " eich|pfiat di|ade) sagen"
        ),
    ),
    Rule(
        "plan",
        (
            "(?:googl[^ ]*|gegoogelt|gugel[^ ]*|recherchier[^ ]*"
            "|suche|such|nachgelesen|nachgeschaut|frag mich)"
        )
        + _WIN5
        + (
            " (?:wie ?viel|wie ?viele)(?: [^ ]+)?(?: [^ ]+)?(?:"
            " [^ ]+)?(?: [^ ]+)? (?:braucht|brauche|brauch|nehmen"
            " mus|schlucken mus|nimmt) (?:[^ ]+ )?(?:damit ?(?:s"
            "|es)?|das ?(?:s|es)?|dass ?(?:s|es)?|bis ?(?:s|es)?)"
            " (?:reicht|klappt|funktioniert|vorbei ist|aus ist)"
        ),
    ),
    Rule(
        "plan",
        (
            "(?:halbe|ganze|komplette|volle|hälfte der|ganzen|halben)"
            " (?:packung|schachtel|dose|blister|flasche tabletten"
            "|flasche pilen)(?: [^ ]+)? (?:genommen|geschluckt|eingeworfen"
            "|reingehaun|intus|drin)"
        ),
    ),
    Rule(
        "plan",
        (
            "(?:tabletten|schlaftabletten|pillen|tablen|emj_pill"
            "|medikamente|rasierklinge|strick|seil)(?: [^ ]+)?(?:"
            " [^ ]+)? (?:stehen|liegen|steht|liegt|hab ich|habe ich)"
            " (?:schon |hier |bereit |alle )?(?:neben mir|vor mir"
            "|bereit|parat|hier)"
        ),
    ),
    Rule(
        "plan",
        (
            "(?:strick|seil|schlinge)(?: [^ ]+)? (?:hängt|hangt|hängt"
            " schon|ist schon|is schon)(?: [^ ]+)?(?: [^ ]+)? (?:im"
            " keler|in der garage|am balken|im dachboden|auf dem"
            " dachboden|aufgehängt|fest|befestigt)"
        ),
    ),
    Rule(
        "plan",
        (
            "(?:brucke|bahnhof|gleis|dach|hochhaus|klippe|klippen)(?:"
            " [^ ]+)? [0-9]+(?: uhr)?(?: [^ ]+)?(?: [^ ]+)?(?: [^"
            " ]+)? (?:verabschiedet|tschus|abschied|lebewohl)"
        ),
    ),
    Rule(
        "plan",
        (
            "(?:ohne ruckfahrkarte|ohne rückfahrticket|kein ruckfahrticket"
            "|keine ruckfahrkarte|nur hinfahrt|one way ticket)(?:"
            " .*)? (?:klippe|klippen|brucke|meer|see|berg|abschied)"
        ),
    ),
    # Self-harm in its other forms: the blade taken out again, burns, scratching, punching walls.
    Rule(
        "self_harm",
        (
            "(?:klinge|klingen|rasierklinge|rasierklingen|messer"
            "|cuter|teppichmeser|scherbe)(?: [^ ]+)?(?: [^ ]+)? (?:wieder"
            " )?(?:rausgekramt|rausgeholt|ausgepackt|hervorgeholt"
            "|rausgesucht|in der hand|aus der schublade)"
        ),
    ),
    Rule(
        "self_harm",
        (
            "(?:kippe|zigarette|zippe|feuerzeug|kerze|bugeleisen)(?:"
            " [^ ]+)?(?: [^ ]+)? (?:auf|an) (?:meinem|meiner|meinen"
            "|meine|mein|dem|der) (?:arm|unterarm|hand|handgelenk"
            "|haut|bein|oberschenkel|bauch)(?: [^ ]+)? (?:ausgedruckt"
            "|ausgemacht|verbrannt|gebrannt|gehalten)"
        ),
    ),
    Rule(
        "self_harm",
        (
            "(?:mich|mi|mir) (?:selbst |selber |extra |absichtlich"
            " )?(?:verbrannt|verbrene|verbrenn|gebrannt)"
        ),
    ),
    Rule(
        "self_harm",
        (
            "(?:kratz|kratze|kratzen|kratzte|reis|reise|pule|pul)"
            " (?:mir|mia) (?:[^ ]+ )?(?:die |meine )?(?:haut|arme"
            "|beine|wunden|handgelenke) (?:auf|blutig|kaput|offen)"
        ),
    ),
    Rule(
        "self_harm",
        (
            "(?:bis es blutet|bis es blutete|bis blut kommt|bis ich"
            " blute|bis das blut|bis es geblutet hat|bis die knochel"
            "|bis die knöchel|bis meine knochel|bis die fauste)"
        ),
    ),
    Rule(
        "self_harm",
        (
            "(?:schnitte|schnit|ritzer|ritze|kratzer|narben) (?:an"
            "|in|auf) (?:meine|meinen|meinem|meiner|die|den) (?:beine"
            "|bein|arme|arm|oberschenkel|handgelenk|handgelenke|bauch"
            "|haut)"
        ),
    ),
    Rule(
        "self_harm",
        (
            "(?:mache|mach|machen|hab|habe) (?:mir |wieder |schon"
            " wieder |imer noch |noch )*(?:schnitte|ritzer|ritzen"
            "|schnite)"
        ),
    ),
    Rule(
        "self_harm",
        (
            "(?:gegen|an|in) die (?:wand|tur|mauer|scheibe|spiegel"
            "|fliesen)(?: [^ ]+)? (?:geschlagen|geboxt|gehauen|geschlagt"
            "|getreten|gerammt|geknalt)(?: [^ ]+)?(?: [^ ]+)? (?:bis"
            "|wieder|blutet|blutig|offen)"
        ),
    ),
    Rule(
        "self_harm",
        (
            "(?:kopf|faust|fauste|hand) (?:gegen|an) die (?:wand"
            "|tur|mauer|fliesen) (?:geschlagen|gehauen|geknalt|gerammt"
            "|geschlagt|hauen|schlagen|schlage|haue)"
        ),
    ),
    # Someone else at risk: blades found, goodbye-sounding texts, phone off.
    Rule(
        "other_at_risk",
        (
            "(?:rasierklinge|rasierklingen|klinge|klingen|pflaster"
            " und)(?: [^ ]+)?(?: [^ ]+)? (?:in ihrem|in seinem|bei"
            " ihr|bei ihm|in ihrer|in seiner|unter ihrem|unter seinem)"
            " (?:zimmer|bett|schublade|tasche|federmappe|mappe|rucksack"
            "|kulturbeutel|etui)"
        ),
    ),
    Rule(
        "other_at_risk",
        (
            "(?:nur noch|immer|imer) (?:lange armel|langarm|lange"
            " sachen|pullis)(?: .*)? (?:klinge|rasierklinge|pflaster"
            "|narben|schnitte|blut|ritzt|ritzen)"
        ),
    ),
    Rule(
        "other_at_risk",
        (
            "(?:danke fur alles|danke fuer alles|danke fur allles"
            "|pass auf dich auf|machs gut fur immer|sorry fur alles"
            "|tut mir leid fur alles|bald vorbei|bald ist es vorbei)(?:"
            " .*)? (?:geht nicht|geht nich|geht net|nimmt nicht|antwortet"
            " nicht|nicht mehr ans|nicht ans|nich ans|nicht ran|nich"
            " ran|nicht erreichbar|handy aus|was soll ich|was mach"
            " ich|wenn (?:er|sie) sich)"
        ),
    ),
    # Danger: hands at the throat, slaps, knives shown, threats about the children, being watched.
    Rule(
        "danger",
        (
            "(?:hände|hande|haende|hand|finger|arm) (?:an|um) (?:meinem"
            "|meinen|meine|meiner|mein) (?:hals|kehle|gurgel)"
        ),
    ),
    Rule(
        "danger",
        (
            "(?:hat|hatte|hät|hot) (?:mir|mia) (?:[^ ]+ )?(?:[^ ]+"
            " )?(?:eine|eins|ne|ane|oane) (?:geknallt|gescheuert"
            "|geklebt|verpasst|reingehauen|gewischt|runtergehauen"
            "|gelangt|geschmiert|gefeuert)"
        ),
    ),
    Rule(
        "danger",
        (
            "(?:messer|mesa|mesr|pistole|waffe|knarre|baseballschläger"
            "|schlager)(?: [^ ]+)? (?:gezeigt|gezogen|zeigt|zieht"
            "|vorgehalten|an den hals)"
        ),
    ),
    Rule(
        "danger",
        "(?:wenn|sonst)"
        + _WIN5
        + " (?:er|sie|der|die) (?:macht|mach) (?:mich|dich) (?:kaput|kalt|tot|fertig|alle)",
    ),
    Rule(
        "danger",
        (
            "(?:nachstes mal|nachste mal|beim nachsten mal|nachstesmal)(?:"
            " [^ ]+)?(?: [^ ]+)? (?:hort|hor) (?:er|sie) (?:nicht"
            "|nich|net) (?:mehr )?auf"
        ),
    ),
    Rule(
        "danger",
        (
            "(?:hort|hor) (?:er|sie) (?:nachstes mal|beim nachsten"
            " mal) (?:nicht|nich|net) (?:mehr )?auf"
        ),
    ),
    Rule(
        "danger",
        (
            "(?:droht|drohte|gedroht|androht)(?: [^ ]+)?(?: [^ ]+)?(?:"
            " [^ ]+)? (?:kinder|kind|kleine|kleinen|sohn|tochter)(?:"
            " [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:nicht zuruckzubringen"
            "|nicht zuruck|mitzunehmen|wegzunehmen|zu entfuhren|ins"
            " ausland|nie wieder|nimmer)"
        ),
    ),
    Rule(
        "danger",
        (
            "(?:kinder|kind|sohn|tochter|kleinen) (?:nie wieder|nie"
            " mehr|nimmer) (?:sehen|sehe|zu sehen|sehn)"
        ),
    ),
    Rule(
        "danger",
        (
            "(?:steht|stand|sitzt|wartet|parkt|schleicht) (?:[^ ]+"
            " )?(?:schon )?(?:wieder |scho wieder |jeden tag |jede"
            " nacht )?(?:[^ ]+ )?(?:im hof|vorm haus|vor dem haus"
            "|vor der tur|vor meiner tur|vor meinem haus|unten|drunt"
            "|drunten|drausen|auf der strase|vorm fenster)(?: [^"
            " ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:fenster|tur|wohnung|beobachtet"
            "|starrt|glotzt|schaut|guckt)"
        ),
    ),
    Rule(
        "danger",
        (
            "(?:trau|traue|trau mi|getrau) (?:mich |mi |mir )?(?:nicht"
            " mehr|nich mehr|nimma|nimmer|net mehr|ned mehr|nicht"
            "|nich|ned|net|kaum noch) (?:raus|naus|aus dem haus|vor"
            " die tur|alleine raus)"
        ),
        ask=True,
    ),
    Rule(
        "danger",
        (
            "(?:klingelt|klopft|hammert|hämmert|bolert|sturmt) (?:[^"
            " ]+ )?seit (?:[^ ]+ )?(?:uhr|stunden|stunde|mitternacht"
            "|nachts)(?: .*)? (?:weis dass|weis das|licht aus|tur"
            " zu|angst|polizei)"
        ),
    ),
    Rule(
        "danger",
        (
            "(?:er|sie) (?:weis|weiss|wei) (?:genau )?(?:dass|das)"
            " ich (?:da|drin|zuhause|zu hause|daheim|hier) bin"
        ),
    ),
    Rule(
        "danger",
        (
            "(?:foto|bild|fotos|bilder) (?:von|vom) (?:unserm|unserem"
            "|unser|meinem|meiner|meinen|mein|unsere|unserer) (?:haus"
            "|wohnung|tur|haustur|fenster|balkon|auto|briefkasten"
            "|garten|klingel)(?: .*)? (?:gestern|erst|heute|neue"
            "|neuen|neu|gerade|vorhin)"
        ),
    ),
    Rule(
        "danger",
        (
            "(?:weil|da) ich (?:mein |ihm mein |das )?(?:handy|telefon"
            "|passwort|code|pin) (?:nicht|nich|net) (?:entsperren"
            "|entsperrt|freigeben|zeigen|geben|hergeben|rausgeben)"
        ),
    ),
)
_MORE_EXCEPTIONS = (
    (
        "(?:verschwinden|weg) (?:fur|nach|auf) (?:ein paar|paar"
        "|ne|eine|einen|zwei|drei|ein|n) (?:tage|wochen|woche|stunde"
        "|weile|zeit|monat|insel|wochenende)"
    ),
    # Learning doses for an exam is study, not a plan.
    (
        "(?:klausur|prufung|pharmako|pharmakologie|studium|lerne"
        "|lernen|vorlesung|toxikologie|pflegeschule|examen)"
    )
    + _WIN5
    + (
        " (?:letale|todliche|toedliche|lethale) (?:dosis|dosen"
        "|menge)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
    ),
    "letale dosis" + _WIN5 + " (?:auswendig|lernen|klausur|prufung|examen)",
    # A parent or sibling "killing" the writer over a piercing, a tattoo or telling on them.
    (
        "(?:mutter|mama|mutti|vater|papa|oma|opa|eltern|schwester"
        "|bruder|chef|chefin|lehrer|lehrerin|trainer|mitbewohner)"
    )
    + _WIN5
    + " (?:bringt|bringen|bringe|bring) (?:sie |er |die |der )?(?:mich|dich|uns) (?:[^ ]+ )?um",
    (
        "(?:bringt|bringen) (?:mich|uns) (?:meine |mein |die |der"
        " )?(?:mutter|mama|mutti|vater|papa|oma|opa|eltern|schwester"
        "|bruder|chef|chefin|lehrer|lehrerin) um"
    ),
    (
        "(?:bring|bringe|bringen) (?:ich )?dich um (?:wenn|falls)"
        " du(?: [^ ]+)?(?: [^ ]+)? (?:papa|mama|mutti|vater|mutter"
        "|eltern|oma|opa|lehrer|lehrerin|jemandem|irgendwem)(?:"
        " [^ ]+)? (?:erzahlst|sagst|verratst|petzt|zeigst)"
    ),
)

_UP = "(?: [^ ]+)?" * 6
_UP14 = _UP + _UP + "(?: [^ ]+)?(?: [^ ]+)?"
_R3_RULES = (
    Rule(
        "suicidal",
        "(?:dem ganzen|allem|meinem leben|dem leben|dem elend)(?: [^ ]+)?(?: [^ ]+)? ein ende (?:zu"
        " )?"
        "(?:machen|setzen|bereiten)|(?:moch|mach|mache) (?:dem|dem ganzen|allem) (?:[^ ]+ )?a end",
    ),
    Rule(
        "passive",
        "(?:wozu|warum|wofur|wieso|weshalb) (?:[^ ]+ )?(?:noch )?(?:weitermachen|weiterleben|weiter"
        " machen"
        "|weiter leben|aufstehen)|(?:fallt|fällt) mir kein grund (?:mehr )?ein|kein grund mehr"
        " (?:zu"
        " leben|zum leben|weiterzumachen|weiterzuleben)",
        ask=True,
    ),
    Rule(
        "plan",
        "lebensversicherung[^ ]*" + _UP + " (?:bei (?:sowas|suizid|selbstmord|so was)|auszahlt)"
        "|(?:ausgerechnet|nachgeschaut|gegoogelt|nachgelesen)"
        + _UP
        + " (?:die |meine )?lebensversicherung",
        ask=True,
    ),
    Rule(
        "passive",
        "(?:denk|denke|dachte|denken|denkst) " + _W + _W + "(?:ans sterben|an den tod|an selbstmord"
        "|an suizid|ans tot sein|ans totsein|ans nicht mehr aufwachen)",
    ),
    Rule(
        "passive",
        "(?:kein|keinen|koan|koa|kan|keen|keine) (?:bock|lust|kraft|nerv|nerven) mehr (?:auf|aufs"
        "|zum)"
        " (?:[^ ]+ )?(?:leben|lebn|lem|dasein|existieren|atmen)|(?:mude|muede|satt) (?:vom|von dem"
        "|des) (?:leben|lebn|lebens)",
    ),
    Rule(
        "suicidal",
        "(?:gleise|schienen|brucke|bruecke|tiefe|abgrund|hochhaus|zug|zuge)[^ ]* (?:[^ ]+ )?(?:[^"
        " ]+ )?(?:ziehen"
        "|zieht|zog|zogen) mich (?:[^ ]+ )?(?:[^ ]+ )?(?:[^ ]+ )?an",
        ask=True,
    ),
    Rule(
        "suicidal",
        "(?:gegoogelt|gegooglet|gesucht|recherchiert|nachgelesen|googel|google|googeln)(?: [^ ]+)?"
        "(?: [^ ]+)? (?:was|wie es|wies|wie man|wie) (?:am )?(?:schnellsten|schmerzlosesten"
        "|schmerzlos|sichersten|sicher|wenigsten weh)(?: [^ ]+)? (?:geht|stirbt|sterben|klappt"
        "|wirkt)",
        ask=True,
    ),
    Rule(
        "plan",
        "wie ichs? (?:es )?(?:mach|mache|tue|tu|anstele)[^ ]* (?:[^ ]+ )?(?:noch nicht|nur noch"
        " nicht"
        "|nur nicht|aber nicht|noch nich) wann|(?:weis|wei) (?:schon |jetzt |genau )?wie und wann",
    ),
    Rule(
        "suicidal",
        "mich (?:[^ ]+ )?(?:von der|von einer|vom|von dem|aus dem|vor den|vor einen|vor nen|unter"
        " den"
        "|unter einen|von nem|von ner) (?:[^ ]+ )?(?:brucke|bruecke|dach|hochhaus|fenster|balkon"
        "|zug"
        "|lkw|klippe|turm|bus|parkhaus|felsen)[^ ]* (?:zu )?(?:sturzen|stuerzen|werfen|schmeissen"
        "|fallen lassen)",
    ),
    Rule(
        "passive",
        "(?:wunsch|wunsche|wunschte|wuensche|hoffe|hof|hoffentlich)(?: [^ ]+)?(?: [^ ]+)?(?: [^"
        " ]+)?"
        " mich" + _UP + " (?:ein auto|ein bus|ein zug|ein lkw|ein"
        " laster|der blitz|was|etwas|einer) (?:erwischt|uberfahrt|ueberfahrt|trifft|umfahrt"
        "|totfahrt"
        "|mitnimmt|umbringt|abknallt)",
    ),
    Rule(
        "passive",
        "(?:nix|nichts|nuscht) dagegen(?: [^ ]+)? (?:wenn|falls) (?:[^ ]+ )?(?:[^ ]+ )?(?:flugzeug"
        "|flieger|zug|bus|auto)[^ ]*(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:abstürzt|absturzt"
        "|abstuerzt"
        "|runterkommt|runterfallt|abschmiert|verungluckt|crasht)|(?:nix|nichts) dagegen (?:wenn"
        "|falls)"
        " ich (?:[^ ]+ )?(?:nicht mehr aufwache|nich mehr aufwache|sterbe|tot umfalle)",
    ),
    Rule(
        "passive",
        "(?:ware|waere|war|wird|ist|waren) ohne mich (?:[^ ]+ )?(?:[^ ]+ )?(?:leichter|besser|beser"
        "|einfacher|glucklicher|ruhiger|schoner|dran)",
    ),
    Rule(
        "passive",
        "keine angst (?:mehr )?(?:vor dem tod|vorm tod|vorm sterben|vor dem sterben|zu sterben)"
        "|(?:ware|waere|war) (?:[^ ]+ )?(?:eine )?(?:erleichterung|erlosung) (?:[^ ]+ )?(?:wenn"
        "|falls)"
        " (?:es|ich) (?:[^ ]+ )?(?:passiert|vorbei|sterbe|tot|aufhort)",
        ask=True,
    ),
    Rule(
        "plan",
        "(?:tabletten|tableten|pillen|schlaftabletten|medis|medikamente|emj_pill|tabis)[^ ]*"
        "(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:zusammengesucht|gesammelt|gehortet"
        "|gebunkert"
        "|angesammelt|zusammengekratzt|zusammengetragen)|(?:tabletten|pillen|emj_pill)[^ ]*(?: [^"
        " ]+)?"
        "(?: [^ ]+)? liegen (?:jetzt |schon |hier )?(?:vor mir|neben mir|aufm tisch|auf dem tisch"
        "|bereit|parat)",
    ),
    Rule(
        "plan",
        _PET
        + "[^ ]* (?:[^ ]+ )?(?:zu|bei|an) (?:meiner|meinem|meine|meinen|der|dem|die) (?:[^ ]+ )?"
        "(?:gebracht|gegeben|abgegeben|vermacht|ubergeben|untergebracht)|meine sachen (?:[^ ]+ )?"
        "(?:sortiert|geordnet|verschenkt|aussortiert|geregelt)|(?:dass|wissen|weis) ich es"
        " (?:wenigstens |zumindest |immerhin )?versucht (?:habe|hab)",
        ask=True,
    ),
    Rule(
        "plan",
        "(?:ne|eine|meine|die|n|seine|ihre) (?:letzte|lezte) (?:nachricht|mail|sms|worte|brief)"
        "(?: an [^ ]+)?(?: [^ ]+)? (?:geschrieben|geschickt|verfasst|schreiben|schreibe)|(?:mail"
        "|mails|nachricht|nachrichten|brief|briefe)(?: [^ ]+)? (?:ist |sind )?(?:schon"
        " )?(?:eingestellt"
        "|zeitgesteuert|geplant|terminiert|vorprogrammiert|zeitversetzt)",
        ask=True,
    ),
    Rule(
        "plan",
        "(?:sitz|sitze|sas|sass|bin|hocke|hock) (?:[^ ]+ )?im (?:auto|wagen) in der garage|schlauch"
        " (?:[^ ]+ )?(?:[^ ]+ )?auspuff|garage(?: [^ ]+)?(?: [^ ]+)? motor (?:lauft|laeuft|an|noch"
        " nicht)",
    ),
    Rule(
        "plan",
        "(?:adern|pulsadern|pulsader|venen|vene)[^ ]* (?:[^ ]+ )?(?:schon )?(?:rausgesucht|gesucht"
        "|angeschaut|markiert|angemalt|gefunden)|(?:klinge|rasierklinge|klingen|rasierklingen"
        "|skalpell)"
        "[^ ]* (?:liegt|liegen|lieg) (?:schon |jetzt |hier )?(?:neben mir|im bett|unterm kopfkissen"
        "|im federmappchen|im federmaeppchen|bereit|parat)|(?:messer|emj_knife)[^ ]* (?:liegt"
        "|liegen"
        "|lieg) (?:schon |jetzt |hier )?(?:neben mir )?(?:im bett|unterm kopfkissen|unter dem"
        " kissen)",
    ),
    Rule(
        "self_harm",
        "(?:wochen|monate|monat|tage|jahre|jahr)(?: lang)? clean(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
        "(?: [^ ]+)? (?:arm|arme|bad|klinge|geritzt|ritzen|ruckfall)|(?:trage|trag|trug) (?:[^ ]+"
        " )?"
        "(?:nur noch |jetzt |wieder |immer )?(?:langarmlig|lange armel|langarm)(?: [^ ]+)?"
        "(?: [^ ]+)? (?:bei|im sommer|damit|weil)",
        ask=True,
    ),
    Rule(
        "self_harm",
        "(?:hau|haue|schlag|schlage|knall|knalle|haute|schlug|schlugs) (?:ich )?(?:mir )?(?:mit dem"
        " |mit meinem |meinen |den )kopf (?:gegen|an) (?:die|eine|den|meine) (?:wand|tur|boden"
        "|schrank|spiegel) (?:bis|solange|so lange)",
    ),
    Rule(
        "self_harm",
        "(?:mir|mich) (?:[^ ]+ )?mit (?:dem|einem|nem|der|ner|meinem) (?:feuerzeug|zigarette"
        "|kippe|streichholz|glätteisen|bugeleisen)[^ ]*(?: [^ ]+)?(?: [^ ]+)? (?:die|den|meine"
        "|meinen|am|an den) (?:oberschenkel|arme|arm|haut|beine|bein|handgelenk|unterarm|bauch)"
        "|(?:absichtlich|mit absicht|extra|bewusst)" + _UP + " (?:verbrannt|eingeklemmt|geschnitten"
        "|geritzt|geschlagen|gekratzt|gebissen|verletzt|weh getan|wehgetan|gebrochen|aufgekratzt)",
    ),
    Rule(
        "self_harm",
        "(?:klinge|rasierklinge|klingen)[^ ]* (?:[^ ]+ )?(?:[^ ]+ )?(?:[^ ]+ )?(?:brauch|brauche"
        "|brauchs) (?:das|es|die|sie)",
    ),
    Rule(
        "danger",
        "(?:wenn|wen|falls) ich (?:die|unsere|meine|den|das) (?:kinder|kids|kleine|kleinen|sohn"
        "|tochter|kind) (?:[^ ]+ )?(?:mitnehme|mitnehm|wegbringe|mitnimm|nehme)(?: [^ ]+)?(?: [^"
        " ]+)?"
        " (?:sieht|siehst|seht|sehe|wirst|werde|bringt|passiert)",
        ask=True,
    ),
    Rule(
        "danger",
        "(?:blaue flecken|wurgemale|würgemale|striemen|abdrucke|hamatome|druckstellen"
        "|fingerabdrucke)"
        " (?:[^ ]+ )?am hals",
    ),
    Rule(
        "danger",
        "(?:schickt|schicken|schickte|geschickt) (?:[^ ]+ )?(?:mir )?fotos von (?:meinem|meiner"
        "|meine)"
        " (?:balkon|haus|fenster|auto|wohnung|haustur|tur|arbeit|arbeitsplatz|garten|schule)"
        "|(?:schreibt|ruft|meldet|schreiben|anrufe|nachrichten) (?:[^ ]+ )?(?:[^ ]+ )?von"
        " (?:fremden"
        "|anderen|neuen|unbekannten|immer neuen) nummern",
    ),
    Rule(
        "danger",
        "(?:verlasst|verlaesst|verlast|trennst|verlasse|verlase|gehst)(?: [^ ]+)?(?: [^ ]+)?"
        "(?: [^ ]+)? (?:bringt|bring) (?:er|sie) (?:dich|mich|uns) um|bringt er (?:dich|mich|uns"
        "|die kinder|meine) (?:[^ ]+ )?um",
    ),
    Rule(
        "danger",
        "mit (?:dem|einem|nem|der|ner) (?:messer|emj_knife|pistole|waffe|axt|hammer|knarre|schere)"
        " (?:[^ ]+ )?(?:rumgefuchtelt|herumgefuchtelt|gefuchtelt|bedroht|gedroht|rumgewedelt)",
    ),
    Rule(
        "danger",
        "(?:er|sie|ex|freund|mann) (?:hat|hatte) (?:mir|mich) (?:[^ ]+ )?(?:[^ ]+ )?(?:ins gesicht"
        " |in den bauch |auf den kopf |gegen den kopf )?(?:geschlagen|getreten|geboxt|gewurgt"
        "|geschubst|gestossen|verprugelt|eine geknallt|eine gescheuert|gewuergt)",
    ),
    Rule(
        "other_at_risk",
        "(?:rasierklingen|klingen|klinge|blut|abschiedsbrief)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
        " (?:gefunden|entdeckt)|(?:in (?:seinem|ihrem) zimmer|bei (?:ihm|ihr))(?: [^ ]+)?"
        " (?:rasierklingen"
        "|klingen|blut|tabletten)",
    ),
    Rule(
        "suicidal",
        "(?:habt|hast|habe|haben) (?:ihr |du )?(?:endlich )?ruhe vor mir|(?:bald|dann|endlich)"
        " (?:seid|bist) (?:ihr|du) mich (?:endlich )?los",
    ),
    Rule(
        "other_at_risk",
        "(?:fahrt|fahre|geht|gehe|lauft|fahrt er|fahrt sie)"
        + _UP
        + " (?:und|u) (?:kommt|komme|kommen)"
        " (?:[^ ]+ )?(?:nicht|nich|net|nie) (?:mehr )?(?:zuruck|zurueck|wieder)",
        ask=True,
    ),
)
_R3_EXCEPTIONS = (
    "(?:noch einmal|nochmal|noch ein mal|noch mal|einmal noch)"
    + _UP
    + "(?: [^ ]+)? (?:spring|springe"
    "|sturz|sturze|werf) ich (?:mich )?aus dem fenster",
    "(?:spring|springe|sturz|sturze) ich (?:mich )?aus dem fenster(?: [^ ]+)?(?: [^ ]+)?"
    " (?:erdgeschoss|erdgeschos|parterre|hochparterre|erster stock|1 stock)",
    "(?:nicht|nich|net|nie|kein|keine|null) (?:[^ ]+ )?lebensmude",
    "(?:nicht|nich|net|keine|kein|nie)(?: [^ ]+)?(?: [^ ]+)? (?:vor|absicht|plane|geplant)(?: [^"
    " ]+)?"
    " mich (?:[^ ]+ )?(?:umzubringen|zu toten|das leben zu nehmen|zu verletzen|zu ritzen)",
    "(?:risikofaktoren|pravention|praevention|statistik|statistiken|studie|studien|klausur|referat"
    "|hausarbeit|vorlesung|seminar|thema|fachartikel)" + _UP + " (?:selbstverletz|suizid|selbstmord"
    "|ritzen|hausliche gewalt)[^ ]*",
    "(?:wo ich arbeite|wo ich arbeit|bei der arbeit|in meinem job|auf arbeit|in der schicht|im"
    " dienst)"
    + _UP14
    + " (?:ihr|ihre|sein|seine) (?:ex|mann|freund|partner|partnerin|frau) (?:sie|ihn)"
    " (?:[^ ]+ )?(?:gewurgt|geschlagen|bedroht|verprugelt|getreten)",
    "(?:fruher|frueher|damals|immer|standig|dauernd|jedes mal|oft) (?:[^ ]+ )?gesagt"
    + _UP
    + " (?:war|wars|ist|is) (?:aber |doch )?(?:nur |eh )?(?:so )?(?:gelaber|gerede|geschwatz|drama"
    "|erpressung|manipulation|quatsch|blodsinn|leeres gerede|gelogen)",
    "ich (?:bring|bringe) dich um(?: [^ ]+)? (?:hat|hatte|schrie|rief|meinte|sagte) (?:meine|mein"
    "|die|der) (?:mitbewohnerin|mitbewohner|mutter|mama|schwester|bruder|freundin|kollegin|kollege"
    "|oma|papa|vater|chef|chefin|tochter|sohn)",
)


RECOGNIZER = Recognizer(
    lang="de",
    rules=(
        # --- suicidal: killing oneself, in every person and tense the writer uses for now
        Rule("suicidal", f"ich {_W}{_W}mich {_W}{_W}{_W}{_KILL}"),
        Rule(
            "suicidal",
            "(?<! er )(?<! sie )(?<! ex )(?<! typ )(?<! man )(?<! freund )"
            "(?:will|wil|wolt|werd|werde|wird|muss|mus|mochte|moechte|mocht|wurde|wuerde|wurd"
            "|sollte|solte|kann"
            "|kan|konnte|konnt|koennte|hab|habe|geh|gehe|denke|denk|versuche|versuch|fange|plane"
            "|plan|uberlege"
            "|ueberlege|ueberleg|uberleg|lust|bock)"
            f" {_W}mich {_W}{_W}{_W}{_KILL}",
        ),
        Rule(
            "suicidal",
            "(?<! droht )(?<! drohte )(?<! gedroht )(?<! angedroht )(?<! drohen )(?<! androht"
            f" )mich {_W}(?:umzubringen|zu toten|zu toeten)",
        ),
        Rule("suicidal", f"(?:bring|bringe) (?:ich )?mich {_W}{_W}um"),
        Rule("suicidal", "ich (?:kil|kile|tote|toete) mich"),
        Rule(
            "suicidal",
            "(?:selbstmord|suizid|suicid|freitod)[^ ]*gedanke[^ ]*|(?:selbstmord|suizid)"
            " gedanke[^ ]*",
        ),
        Rule(
            "suicidal",
            "(?:suizidal|suizidgefahrdet|suizidgefaehrdet|selbstmordgefahrdet"
            "|selbstmordgefaehrdet)",
        ),
        Rule("suicidal", "an (?:selbstmord|suizid|suicide|den freitod)"),
        Rule(
            "suicidal",
            f"(?:ich|will|wil|werde|werd|plane|plan) {_W}{_W}(?:selbstmord|suizid|freitod)"
            " (?:begehen|machen|zu begehen|begehe|mache)",
        ),
        Rule(
            "suicidal",
            f"mir {_W}(?:das|mein) leben (?:zu )?(?:nehmen|nehme|nehm)|(?:nehm|nehme) mir"
            f" {_W}(?:das|mein) leben",
        ),
        Rule(
            "suicidal",
            "(?:meinem|dem|mein) leben ein ende (?:setzen|setze|zu setzen|machen|mache|bereiten)",
        ),
        Rule(
            "suicidal",
            "(?:dem ganzen|allem|der sache) ein ende (?:setzen|setze|zu setzen|bereiten|machen)",
        ),
        Rule(
            "suicidal",
            "schlus(?: zu)?(?: machen| mache| mach)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
            " mit"
            " (?:alem|dem leben|meinem leben|mir selbst|mir|der welt)",
        ),
        Rule(
            "suicidal",
            "(?:will|wil|mochte|moechte|mocht|wurde gern|wuerde gern|wurde gerne|wuerde gerne|wil"
            f" lieber|will lieber|bereit) {_W}{_W}(?:zu )?sterben",
        ),
        Rule("suicidal", f"(?:ich )?(?:will|wil|mochte|moechte) {_W}{_W}tot sein"),
        Rule(
            "suicidal",
            f"(?:will|wil|mochte|moechte|mag|kann|kan) {_W}{_W}(?:nicht|nich|net|ned) mehr"
            " (?:leben|weiterleben|am leben sein)",
        ),
        Rule(
            "suicidal",
            "ich (?:[^ ]+ )?(?:nicht|nich|net|ned) mehr (?:leben|weiterleben) (?:will|wil|mochte"
            "|moechte|mag|kann)",
        ),
        Rule(
            "suicidal",
            "(?:kein|keine|keinen|kb|null) (?:[^ ]+ )?mehr (?:zu |zum |aufs |auf (?:das |dieses "
            "|mein |mein ganzes |so ein |das ganze )?)?(?:leben|weiterleben|dasein)",
        ),
        Rule(
            "suicidal",
            "mich (?:[^ ]+ )?(?:vor|unter) (?:einen|nen|n|den|die|ein|nen|ne|eine) (?:zug|bahn"
            "|ubahn|sbahn|auto|lkw|laster|bus)[^ ]* (?:zu )?(?:werfen|schmeisen|legen|stellen"
            "|springen)",
        ),
        Rule(
            "suicidal",
            "(?:vor|unter) (?:einen|nen|n|den|die|ein|ne|eine) (?:zug|bahn|ubahn|sbahn|lkw"
            "|laster) (?:zu )?(?:springen|springe|spring|laufen|werfen|schmeisen)",
        ),
        Rule(
            "suicidal",
            "(?:alle|jeder|allen|welt|familie|eltern|die anderen|ihr|alles)(?: [^ ]+)?(?: [^"
            " ]+)?(?: [^ ]+)?"
            " (?:besser|beser|leichter)(?: dran| drann)? ohne mich",
        ),
        Rule(
            "suicidal",
            "ohne mich (?:[^ ]+ )?(?:[^ ]+ )?(?:[^ ]+ )?(?:fur|fuer) (?:alle|jeden|euch)"
            " (?:besser|leichter)",
        ),
        Rule(
            "suicidal",
            "wie (?:[^ ]+ )?(?:[^ ]+ )?man sich (?:[^ ]+ )?(?:[^ ]+ )?(?:um|umbringen|toten"
            "|toeten|das leben)",
        ),
        Rule(
            "suicidal",
            "(?:bin|ich bin) (?:doch |nur |eh |sowieso )?(?:eine|ne|n|ein) (?:last|belastung)"
            " (?:fur|fuer) (?:alle|jeden|euch|meine familie|meine eltern|die welt)",
        ),
        Rule(
            "suicidal",
            "(?:mach|mache) (?:jetzt |heute |heut |bald |endlich )?(?:ein|n|nen) ende(?= $| jetzt"
            "| heute| heut| mit mir| mit alem| fur imer| fuer imer)",
        ),
        Rule(
            "passive",
            "(?:niemand|keiner|keine sau|kein mensch)(?: [^ ]+)? (?:wurde|wuerde|wird|wurd|tat"
            "|taet) mich (?:[^ ]+ )?vermissen",
            ask=True,
        ),
        Rule(
            "suicidal",
            "(?:schmerzlos|schnel|sicher)[^ ]* (?:sterben|suizid|selbstmord|umbringen)",
        ),
        Rule(
            "suicidal",
            "(?:methode|methoden|art|weg)[^ ]* (?:zu sterben|mich umzubringen|sich umzubringen"
            "|fur suizid|fuer suizid|fur selbstmord|fuer selbstmord)",
        ),
        # --- passive: wishing to be dead, not to wake up, to disappear for good
        Rule("passive", "nie (?:mehr |wieder |wider )?(?:aufwachen|aufwache|aufwach|aufzuwachen)"),
        Rule(
            "passive",
            "(?:(?:nicht|nich|net|ned) mehr|morgen nicht|einfach nicht) (?:aufwachen|aufwache"
            "|aufwach|aufzuwachen)",
        ),
        Rule(
            "passive",
            "(?:wach|wache|wachen) (?:morgen )?(?:nie|nicht) (?:mehr |wieder |wider )?auf",
        ),
        Rule(
            "passive",
            "(?:wunschte|wuenschte|wunschen|wunsch|wunsche|wuensche|hofe|hoffentlich)(?: [^"
            " ]+)?(?: [^ ]+)? (?:ich )?(?:ware|waere|waer|war|sei|bin) (?:[^ ]+ )?tot",
        ),
        Rule(
            "passive",
            "(?:ware|waere|waer) (?:ich )?(?:[^ ]+ )?(?:[^ ]+ )?tot|war (?:ich )?(?:doch|lieber"
            "|am liebsten|einfach|besser|eh) tot|lieber tot|(?:am besten|am liebsten) (?:ware"
            "|waere|waer|war) (?:ich )?(?:[^ ]+ )?tot",
        ),
        Rule(
            "passive",
            "(?:fur|fuer) imer (?:verschwinden|weg sein|weg|einschlafen)|(?:verschwinden"
            "|einschlafen) (?:[^ ]+ )?(?:fur|fuer) imer",
        ),
        Rule(
            "passive",
            "(?:wozu|wofur|wofuer|warum|wieso|weshalb) (?:[^ ]+ )?(?:[^ ]+ )?(?:leben|weiterleben"
            "|lebe ich|leb ich)(?= $| noch| uberhaupt| ueberhaupt| eigentlich| ohne)",
        ),
        Rule(
            "passive",
            "(?:nicht|nich|net|ned) mehr (?:existieren|da sein|hier sein|zu existieren|am leben)",
        ),
        Rule(
            "passive",
            "(?:ware|waere|waer|war) (?:ich )?(?:doch |lieber |bloss |blos )?nie geboren",
        ),
        Rule(
            "passive",
            "(?:nie|nicht) geboren (?:worden|ware|waere|waer|sein)|nie (?:auf die welt|zur welt)"
            " gekommen",
        ),
        Rule(
            "passive",
            "(?:egal|wurscht|schnupe|ok|okay|gut|beser|besser|recht) (?:[^ ]+ )?(?:wen|falls|ob)"
            " (?:ich|mich|mir)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:sterbe|sterb|sterben|stirbt"
            "|tot|uberfahrt|ueberfaehrt|uberfahren|ueberfahren|umkome|umkomen|uberolt|ueberolt"
            "|erwischt|totfahrt|totfaehrt)",
        ),
        Rule(
            "passive",
            "(?:auto|lkw|laster|bus|zug|bahn)[^ ]* mich (?:[^ ]+ )?(?:uberfahrt|ueberfaehrt"
            "|uberfahren|ueberfahren|umfahrt|umfaehrt|erwischt|uberolt|ueberolt|totfahrt"
            "|totfaehrt|mitnimt)",
        ),
        Rule(
            "passive",
            "(?:lebensmude|lebensmuede|todessehnsucht|sterbewunsch|todeswunsch)|sehne mich nach"
            " dem tod",
        ),
        Rule(
            "passive",
            f"(?:will|wil|mochte|moechte|wurde|wuerde) {_W}{_W}(?:nicht|nich|net|ned) mehr (?:da"
            "|hier) sein",
        ),
        Rule(
            "passive",
            "(?:will|wil|mag|kann|kan) (?:einfach |echt |wirklich |ehrlich |so |halt )?(?:nicht"
            "|nich|net|ned) mehr(?= $)",
            ask=True,
        ),
        Rule(
            "passive",
            "(?:will|wil|kann|kan) (?:einfach )?(?:nicht|nich|net|ned) mehr weiter(?:machen"
            "|leben)?",
            ask=True,
        ),
        Rule(
            "passive",
            f"(?:will|wil|mochte|moechte|wurde|wuerde|einfach) {_W}(?:verschwinden|weg sein)",
            ask=True,
        ),
        Rule(
            "passive",
            "(?:leben|dasein)[^ ]* (?:hat|macht|ergibt) (?:[^ ]+ )?(?:keinen|kein) (?:sinn|wert)"
            "|(?:sinnlos|wertlos) (?:zu )?leben",
        ),
        Rule(
            "passive",
            "(?:alles|nichts) (?:hat|macht|ergibt) (?:[^ ]+ )?(?:keinen|kein|mehr) sinn(?: mehr)?"
            "|(?:seh|sehe) (?:[^ ]+ )?keinen sinn mehr",
            ask=True,
        ),
        Rule(
            "passive",
            "(?:will|wil|mochte|moechte|wunsch|wunschte|wuenschte|wunsche|wuensche) (?:[^ ]+"
            " )?(?:[^ ]+ )?(?:das|dass|das) (?:alles|es) (?:endlich |einfach )?(?:aufhort"
            "|aufhoert|vorbei ist|endet)",
            ask=True,
        ),
        # --- plan: the means at hand, pills taken, a high place, goodbyes
        Rule(
            "plan",
            "(?:alle|ganze|ganzen|viele|vielen|handvol|hand vol|hande vol|packung|packungen"
            "|schachtel|dose|blister"
            "|stuck|stueck|[1-9][0-9]+|zwanzig|dreisig|vierzig|funfzig|fuenfzig|hundert)(?: [^"
            " ]+)?(?: [^ ]+)?"
            " (?:tabletten|tableten|pilen|schlaftabletten|schlaftableten|medis|medikamente|tabs"
            "|paracetamol"
            "|ibuprofen|ibus|emj_pill)[^ ]*(?: [^ ]+)?(?: [^ ]+)?"
            " (?:geschluckt|eingeworfen|gefresen|genomen|intus|drin|vor mir|neben mir|hier|bereit"
            "|gesammelt"
            "|gehortet|zusamen|schlucken|einwerfen|nehmen)",
        ),
        Rule(
            "plan",
            "(?:tabletten|tableten|pilen|schlaftabletten|medis|medikamente|emj_pill)[^ ]* (?:[^"
            " ]+ )?(?:liegen|liegt|sind|hab|habe|lagen) (?:[^ ]+ )?(?:hier|bereit|neben mir|vor"
            " mir|parat)",
        ),
        Rule(
            "plan",
            "(?:hab|habe|ich) (?:[^ ]+ )?(?:[^ ]+ )?(?:tabletten|tableten|pilen|schlaftabletten"
            "|medikamente|medis)[^ ]* (?:[^ ]+ )?(?:geschluckt|eingeworfen|gefresen|gehortet"
            "|gesammelt)",
        ),
        Rule(
            "plan",
            "(?:ich|hab|habe|mir|nehme|nehm) (?:[^ ]+ )?(?:[^ ]+ )?(?:ne |eine |n )?(?:uberdosis"
            "|ueberdosis)",
        ),
        Rule(
            "plan",
            "(?:steh|stehe|sitz|sitze|bin|sitzen|stehen|klettere|kletter)(?: [^ ]+)?(?: [^ ]+)?"
            " (?:auf|an|aufm|am|auf m)"
            " (?:der |dem |einer |einem |nem |ner |m )?(?:bruecke|brucke|dach|hochhaus|klippe"
            "|gelander|gelaender|balkon"
            "|fensterbrett|fensterbank|fenstersims|parkhaus|dachkante|brustung|bruestung)[^ ]*(?:"
            " [^ ]+)*? (?:springen|spring|springe|runter|hinunter|hoch|tief|stock|etage|stockwerk"
            "|meter"
            "|fallen|abgrund|emj_bridge)",
        ),
        Rule("plan", "(?:auf|an) den (?:gleisen|schienen)"),
        Rule(
            "plan",
            "(?:steh|stehe|sitz|sitze|bin|sitzen|stehen)(?: [^ ]+)?(?: [^ ]+)? (?:auf|aufm|auf m)"
            " (?:der |dem |einer |einem |nem |ner )?(?:bruecke|brucke|dach|hochhaus|klippe"
            "|gelander|gelaender)[^ ]*",
            ask=True,
        ),
        Rule(
            "plan",
            "(?:spring|springe|springen|zu springen) (?:[^ ]+ )?(?:[^ ]+ )?(?:runter|hinunter|in"
            " die tiefe|vom dach|von der brucke|von der bruecke|vor den zug|vor nen zug|in den"
            " flus|aus dem fenster)",
        ),
        Rule(
            "plan",
            "(?:das ist|dies ist|hier ist|ist|das hier ist|dies hier ist) (?:wohl |vielleicht"
            " )?meine letzte (?:nachricht|message|msg|sms)|meine letzten worte",
        ),
        Rule("plan", "(?:mein|meinen|hab|habe|ich) (?:[^ ]+ )?(?:[^ ]+ )?abschiedsbrief[^ ]*"),
        Rule(
            "plan",
            "abschied[^ ]*(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:geht nicht"
            "|nicht erreichbar|antwortet nicht|reagiert nicht|geht nicht ran|(?:nicht|nich|net"
            "|ned) mehr erreichbar)",
        ),
        Rule("plan", "abschiedsbrief[^ ]*|abschiedsnachricht[^ ]*|abschiedsvideo[^ ]*", ask=True),
        Rule(
            "plan",
            "(?:strick|strik|seil|schlinge)[^ ]* (?:[^ ]+ )?(?:besorgt|gekauft|geknupft|geknuepft"
            "|bereit|hangt|haengt|aufgehangt|aufgehaengt|fertig|festgemacht)",
        ),
        Rule("plan", "(?:emj_rope|emj_pill|emj_grave)", ask=True),
        Rule(
            "plan",
            "(?:ich|hab|habe|halte|halt) (?:[^ ]+ )?(?:das |ein |n |nen |ne )?(?:messer|klinge"
            "|rasierklinge|pistole|waffe|knarre) (?:[^ ]+ )?(?:in der hand|an meinem hals|am hals"
            "|am handgelenk|an der pulsader|an die pulsader)",
        ),
        Rule(
            "plan",
            "(?:meine sachen|mein zeug|alles was ich hab)[^ ]* (?:[^ ]+ )?(?:verschenkt|verteilt"
            "|weggegeben)",
        ),
        Rule(
            "plan",
            "(?:wenn|sobald|wen) ich (?:[^ ]+ )?(?:nicht|nich|net|ned) mehr (?:da|hier) bin",
        ),
        Rule(
            "plan",
            "(?:verabschiede|verabschied) mich (?:[^ ]+ )?(?:fur immer|fuer immer|von allen|von"
            " euch|von dieser welt)",
        ),
        Rule(
            "plan",
            "(?:katze|kater|hund|haustier|meine tiere)[^ ]*(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?:"
            " [^ ]+)?(?: [^ ]+)? (?:weggegeben|abgegeben|verschenkt|gebracht|gegeben)(?: [^ ]+)*?"
            " (?:(?:nicht|nich|net|ned) mehr da|(?:nicht|nich|net|ned) mehr hier|bin ich weg"
            "|versorgt)",
        ),
        Rule(
            "plan",
            "(?:morgen|heute|heut|bald) (?:nacht |abend )?bin ich (?:(?:nicht|nich|net|ned) mehr"
            " da|(?:nicht|nich|net|ned) mehr hier|weg)",
            ask=True,
        ),
        Rule(
            "plan",
            "(?:rasierklinge|rasierklingen|klinge|klingen|cuttermesser|cutter|skalpell)[^ ]*"
            " (?:[^ ]+ )?(?:gekauft|besorgt|geholt|bereit|hier|neben mir|vor mir|in der hand"
            "|rausgeholt)",
        ),
        Rule(
            "plan",
            "(?:nehm|nehme|schluck|schlucke|werf|werfe|nehmen|schlucken) (?:[^ ]+ )?(?:[^ ]+"
            " )?(?:alle|die ganze|die ganzen|ne ganze|eine ganze|ganze|die restlichen) (?:[^ ]+"
            " )?(?:tabletten|tableten|pilen|schlaftabletten|medikamente|medis|packung|emj_pill)",
        ),
        Rule(
            "plan",
            "(?:auf|aufm|auf m) (?:der |dem |einer |einem |nem |ner )?[^ ]*(?:brucke|bruecke"
            "|hochhaus)[^ ]*",
            ask=True,
        ),
        # --- self_harm: cutting, burning, hitting oneself
        Rule(
            "self_harm",
            f"(?:mich|ich) {_W}{_W}(?:ritzen|ritze|ritz|geritzt|ritzte|zu ritzen|aufgeritzt"
            "|aufzuritzen)",
        ),
        Rule("self_harm", "(?:ritze|ritz|ritzte) (?:ich|mich)"),
        Rule(
            "self_harm",
            "(?:schneide|schneid|geschnitten|geschniten|schneiden|aufgeschnitten|aufgeschniten"
            "|aufschneiden)(?: [^ ]+)?(?: [^ ]+)? (?:arm|arme|armen|handgelenk|handgelenke"
            "|pulsader|pulsadern|beine|oberschenkel|haut)",
        ),
        Rule(
            "self_harm",
            "(?:arm|arme|handgelenk|handgelenke|pulsader|pulsadern|oberschenkel|haut)[^ ]* (?:[^"
            " ]+ )?(?:aufgeschnitten|aufgeschniten|aufgeritzt|geschnitten|geschniten|aufschneiden"
            "|aufzuschneiden|zerschnitten)",
        ),
        Rule(
            "self_harm",
            "(?:schneide|schneid) mich (?:wieder|schon wieder|absichtlich|extra|jeden tag|jeden"
            " abend|taglich|taeglich|selbst)|mich (?:[^ ]+ )?(?:wieder|absichtlich|extra|selbst)"
            " (?:geschnitten|geschniten)",
        ),
        Rule(
            "self_harm",
            "(?:absichtlich|extra|mit absicht|bewusst|bewust)(?: [^ ]+)?(?: [^ ]+)? (?:verbrant"
            "|verbrent|verbrenen|verbrannt|geschnitten|geschniten|verletzt|gekratzt|wehgetan|weh"
            " getan|geschlagen)",
        ),
        Rule(
            "self_harm",
            "mit (?:dem |der |nem |ner |einem |einer |m |r )?(?:feuerzeug|zigarette|zigaretten"
            "|kippe|kippen|bugeleisen|buegeleisen)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
            " (?:verbrant|verbrent|verbrenen|verbrannt)",
        ),
        Rule(
            "self_harm",
            f"(?:mir|mich) {_W}(?:selbst|selber) {_W}(?:weh getan|wehgetan|weh tun|wehtun|weh zu"
            " tun|wehzutun|weh tue|verletzt|verletze|verletzen|zu verletzen)",
        ),
        Rule("self_harm", "(?:ich|mich|mir|hab|habe) (?:[^ ]+ )?(?:[^ ]+ )?selbstverletz[^ ]*"),
        Rule(
            "self_harm",
            f"(?:verletze|verletz) mich {_W}(?:selbst|selber|wieder|absichtlich)|ich"
            f" {_W}(?:verletze|verletz) mich",
        ),
        Rule(
            "self_harm",
            f"(?:tu|tue|tuh) mir (?:[^ ]+ )?(?:was|etwas|etwa) an|mir {_W}{_W}(?:was|etwas)"
            " (?:anzutun|antun|antue)",
        ),
        Rule(
            "self_harm",
            "(?:kopf|faust|fauste|faeuste)[^ ]* (?:[^ ]+ )?(?:gegen|an) die wand(?: [^ ]+)?(?: [^"
            " ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:blut|blutet|geblutet|bluten|kaputt)",
        ),
        Rule(
            "self_harm",
            "(?:drang|druck|lust|verlangen) (?:[^ ]+ )?mich (?:zu )?(?:ritzen|schneiden|verletzen"
            "|zu verletzen|zu schneiden)",
        ),
        Rule(
            "self_harm",
            "mich (?:[^ ]+ )?(?:verbrannt|verbrant|geschnitten|geschniten|verletzt|geritzt"
            "|geschlagen)(?: [^ ]+)? (?:absichtlich|mit absicht|extra|bewusst|mit nem feuerzeug"
            "|mit der zigarette|mit ner zigarette)",
        ),
        # --- other_at_risk: someone else is suicidal or hurting themselves
        Rule(
            "other_at_risk",
            f"sich {_W}{_W}(?:umbringen|umzubringen|umbringt|umbringe|toten|toeten|totet|toetet"
            "|kilen|kilt|erhangen|erhaengen|erhangt|erhaengt|aufhangen|aufhaengen|vergiften"
            "|vergiftet|erschiesen|erschiest)",
        ),
        Rule("other_at_risk", "(?:bringt|bringe|brachte) sich (?:[^ ]+ )?(?:[^ ]+ )?um"),
        Rule("other_at_risk", f"sich {_W}das leben (?:zu )?(?:nehmen|nimmt|nehme|genommen)"),
        Rule(
            "other_at_risk",
            f"sich {_W}(?:was|etwas) (?:anzutun|antun|antut|angetan)|(?:tut|tu|tue) sich (?:[^ ]+"
            " )?(?:was|etwas) an",
        ),
        Rule(
            "other_at_risk",
            f"(?:ritzt|ritzte|ritzen|schneidet|verletzt) sich|sich {_W}(?:ritzt|ritzen|geritzt|zu"
            " ritzen|selbst verletzt|selbstverletzt)",
        ),
        Rule(
            "other_at_risk",
            "(?:er|sie) (?:[^ ]+ )?(?:[^ ]+ )?(?:nicht|nich|net|ned) mehr (?:leben|weiterleben)"
            " (?:will|wil|wolle|mochte|moechte|mag)",
        ),
        Rule(
            "other_at_risk",
            "(?:will|wil|mochte|moechte) (?:er|sie) (?:[^ ]+ )?(?:nicht|nich|net|ned) mehr"
            " (?:leben|weiterleben)",
        ),
        Rule(
            "other_at_risk",
            "(?:ist|sei|wirkt|scheint) (?:[^ ]+ )?(?:suizidal|suizidgefahrdet|suizidgefaehrdet"
            "|selbstmordgefahrdet)",
        ),
        Rule(
            "other_at_risk",
            "(?:hat|hatte) (?:[^ ]+ )?(?:[^ ]+ )?(?:[^ ]+ )?(?:tabletten|tableten|pilen"
            "|medikamente|schlaftabletten|medis)[^ ]* (?:[^ ]+ )?(?:geschluckt|eingeworfen)",
        ),
        Rule(
            "other_at_risk",
            "(?:er|sie|ex|freund|freundin|bruder|schwester|kumpel|mama|papa|mutter|vater|sohn"
            "|tochter) (?:[^ ]+ )?(?:[^ ]+ )?(?:redet|spricht|schreibt|sagt|postet) (?:[^ ]+"
            " )?(?:vom|von|uber|ueber) (?:sterben|selbstmord|suizid|dem tod)",
        ),
        # --- danger: threats, violence, stalking, weapons, fear for one's life
        Rule(
            "danger",
            f"{_HE} {_W}{_W}(?:bringt|bringe|bring|bringen) (?:mich|uns|die kinder|meine kinder)"
            f" {_W}{_W}um",
        ),
        Rule(
            "danger",
            f"{_HE} {_W}{_W}(?:mich|uns|die kinder|meine kinder|mein kind|meinen sohn|meine"
            f" tochter) {_W}{_W}{_HURTS}",
        ),
        Rule(
            "danger",
            "(?:droht|drohte|gedroht|drohen|droh|bedroht|drohung|drohungen)[^ ]*(?: [^ ]+)?(?: [^"
            " ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
            " (?:umzubringen|umbringen|abzustechen|abstechen|abzuknalen|abknalen|zu toten|zu"
            " toeten|toten|toeten"
            "|zu erschiesen|erschiesen|zu schlagen|zu verletzen|verletzen|weh zu tun|wehzutun"
            "|anzutun|fertigzumachen"
            "|fertig zu machen|kaputtzumachen|kaputt zu machen|anzuzunden|anzuzuenden|abzufackeln"
            "|abfackeln"
            "|zu vergewaltigen|zu entfuhren|zu entfuehren|wegzunehmen|wegnehmen|zu kilen"
            "|kaltzumachen"
            "|zu erwurgen|zu erwuergen|umzulegen|zu holen|zu finden|aufzulauern|zu erstechen"
            "|mitzunehmen|zu nehmen)",
        ),
        Rule(
            "danger",
            "(?:hab|habe|hatte|krieg|kriege|ich) (?:[^ ]+ )?(?:angst|schis|panik)(?: [^ ]+)?(?:"
            " [^ ]+)? (?:das|dass|er|sie|weil|wen|wenn) (?:[^ ]+ )?(?:[^ ]+ )?(?:mich|mir|uns|den"
            f" kindern|meinen kindern) {_W}(?:umbringt|umbringen|totet|toetet|toten|verletzt"
            "|schlagt|schlaegt|findet|erwischt|abpasst|holt|was antut|etwas antut|was tut|was"
            " macht)",
        ),
        Rule(
            "danger",
            "(?:angst|furchte|fuerchte|furcht|bange|sorge) (?:[^ ]+ )?um mein (?:leben|kind"
            "|kinder)|um mein leben (?:furchten|fuerchten|bangen)|(?:lebensgefahr|todesangst)",
        ),
        Rule(
            "danger",
            f"{_HE} {_W}{_W}(?:steht|stand|wartet|wartete|lauert|lauerte|sitzt|sas|klingelt|klopft"
            "|hammert|haemmert|taucht|tauchte|campt|parkt)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
            " (?:vor|vorm|vors|an|bei) (?:meiner |meinem |der |dem |unserer |unserem |m |r"
            " )?(?:tur|tuer|haus|haustur|haustuer|wohnung|fenster|arbeit|schule|uni|buro|buero"
            "|job|bude)[^ ]*",
        ),
        Rule(
            "danger",
            "(?:steht|stand|wartet|wartete|lauert|lauerte|klingelt|klingelte|klopft|klopfte"
            "|hammert|haemmert)(?: [^ ]+)?(?: [^ ]+)? (?:nachts|abends|jetzt|gerade|grad|wieder"
            "|mitten in der nacht|um [0-9]+ uhr nachts|stundenlang|jeden tag|jede nacht|schon"
            " wieder|unangemeldet|plotzlich|ploetzlich|sturm)(?: [^ ]+)?(?: [^ ]+)? (?:vor|vorm"
            "|vors|an|bei) (?:meiner |meinem |der |dem |unserer |unserem |m |r )?(?:tur|tuer|haus"
            "|haustur|haustuer|wohnung|fenster|arbeit|bude)[^ ]*",
        ),
        Rule(
            "danger",
            "(?:auto|wagen)[^ ]* (?:steht|stand|parkt|parkte)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
            " (?:vor|vorm|vors|an|bei) (?:meiner |meinem |der |dem |unserer |m )?(?:tur|tuer|haus"
            "|wohnung|arbeit|schule|uni|buro|buero|job)[^ ]*",
        ),
        Rule(
            "danger",
            "(?:verfolgt|verfolgte|verfolgen|stalkt|stalked|stalkte|gestalkt|beobachtet"
            "|beobachtete|belauert|uberwacht|ueberwacht) (?:mich|uns)",
        ),
        Rule(
            "danger",
            f"(?:mich|uns) {_W}(?:verfolgt|verfolgen|gestalkt|gestalked|beobachtet|uberwacht"
            "|ueberwacht|aufgelauert|abgepasst)",
        ),
        Rule(
            "danger",
            "(?:taucht|tauchte|kreuzt|kreuzte)(?: [^ ]+)?(?: [^ ]+)? (?:uberal|ueberal|standig"
            "|staendig|imer wieder|dauernd|bei mir|bei meiner|vor meiner|an meiner)(?: [^ ]+)?(?:"
            " [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? auf",
        ),
        Rule(
            "danger",
            "(?:folgt|folgte|gefolgt|lauert|lauerte) mir (?:[^ ]+ )?(?:nach hause|uberal|ueberal"
            "|auf schrit und trit|auf|hinterher)",
        ),
        Rule(
            "danger",
            "(?:gewurgt|gewuergt|wurgt mich|wuergt mich|wurgte mich|wuergte mich|erwurgt|erwuergt"
            "|stranguliert|gedroselt)",
        ),
        Rule(
            "danger",
            "(?:am|an den|um den|an meinem|meinen) hals (?:[^ ]+ )?(?:gepackt|gegriffen|gedruckt"
            "|gedrueckt|zugedruckt|zugedrueckt|gewurgt|gewuergt|zugeschnurt|zugeschnuert)"
            "|(?:keine|kaum) luft (?:mehr )?(?:gekriegt|bekommen|kriegen|bekam|kriegte)",
        ),
        Rule(
            "danger",
            "(?:gegen|an) die wand (?:gedruckt|gedrueckt|geschubst|gedrangt|gedraengt|gestosen"
            "|geschleudert|geworfen|gepresst|geprest|geknalt|gedonnert)",
        ),
        Rule(
            "danger",
            f"{_HE} {_W}{_W}(?:schlagt|schlaegt|schlug|haut|verprugelt|verpruegelt|trat|tritt"
            "|schubst|schubste|wurgt|wuergt|packt|packte|boxt|boxte) (?:mich|uns|die kinder|meine"
            " kinder)",
        ),
        Rule(
            "danger",
            "(?:mich|uns) (?:(?!nie |nicht |niemals )[^ ]+ )?(?:geschlagen|verpruegelt|verprugelt"
            "|getreten|geohrfeigt|geboxt|zusammengeschlagen|vergewaltigt|angegriffen)",
        ),
        Rule(
            "danger",
            "(?:wen|falls) ich dich nicht (?:[^ ]+ )?(?:haben|kriegen|bekomen|krieg|bekome)(?: [^"
            " ]+)?(?: [^ ]+)? (?:keiner|niemand|kein anderer|auch keiner)",
        ),
        Rule(
            "danger",
            "(?:keiner|niemand|kein anderer)(?: [^ ]+)? (?:sol|darf|wird|kriegt|bekomt) dich"
            " (?:haben|kriegen|bekomen)|(?:nicht mir|nicht meine|nicht meiner) (?:gehorst"
            "|gehoerst|bist)(?: [^ ]+)?(?: [^ ]+)? (?:keinem|niemandem|keiner|niemand)",
        ),
        Rule(
            "danger",
            "(?:kinder|kind|kleinen|tochter|sohn)[^ ]* (?:[^ ]+ )?(?:[^ ]+ )?(?:wegzunehmen"
            "|wegnehmen|wegnimt|zu entfuhren|zu entfuehren|entfuhren|entfuehren|was anzutun|etwas"
            " anzutun|weh zu tun|wehzutun|zu verletzen|nie wieder (?:zu )?sehen)",
        ),
        Rule(
            "danger",
            "(?:zundet|zuendet|zunde|zuende|fackelt|anzuzunden|anzuzuenden|abzufackeln|abfackeln"
            "|anzunden|anzuenden)(?: [^ ]+)?(?: [^ ]+)? (?:wohnung|haus|auto|bude|an|ab)",
        ),
        Rule(
            "danger",
            "(?:mich|dich|uns) (?:[^ ]+ )?(?:abzustechen|abstechen|absticht|abzuknalen|abknalen"
            "|abknalt|umzulegen|kaltzumachen|kaltmachen|zu erstechen|erstechen|zu erwurgen|zu"
            " erwuergen|erwurgen|erwuergen)",
        ),
        Rule(
            "danger",
            f"{_HE} (?:[^ ]+ )?(?:hat|besitzt|hatte|tragt|traegt|holt|zeigt|zeigte) (?:[^ ]+"
            " )?(?:ne |eine |n |einen |nen |seine |seinen |ein )?(?:waffe|pistole|knarre|gewehr"
            "|schusswaffe)",
        ),
        Rule(
            "danger",
            "(?:foto|bild|pic|video|selfie)[^ ]* (?:[^ ]+ )?(?:von |mit )?(?:[^ ]+ )?(?:messer"
            "|waffe|pistole|knarre|gewehr|emj_knife|emj_gun)",
        ),
        Rule(
            "danger",
            "(?:bring|bringe) (?:ich )?dich (?:[^ ]+ )?(?:[^ ]+ )?um|(?:mach|mache) (?:ich )?dich"
            " (?:[^ ]+ )?(?:kalt|tot)|du bist (?:so )?(?:tot|ein toter mann|eine tote frau)",
        ),
        Rule(
            "danger",
            "(?:sticht|stech|steche|stach|knalt|knal|knale) (?:mich|dich|uns) (?:[^ ]+ )?ab",
        ),
        Rule(
            "danger",
            "(?:messer|waffe|pistole|knarre|gewehr|klinge)[^ ]* (?:[^ ]+ )?(?:gezogen|gezuckt"
            "|gezueckt|an den hals|an die kehle|an meinen hals|auf mich gerichtet|vorgehalten|an"
            " den kopf)",
        ),
        Rule(
            "danger",
            "(?:tut|tu|tue) (?:er|sie) (?:mir|uns|den kindern|meinen kindern|dem kind|meinem kind"
            "|den kleinen) (?:[^ ]+ )?(?:was|etwas) an|(?:mir|uns|den kindern|meinen kindern|dem"
            " kind|meinem kind) (?:was|etwas) (?:antut|antun wird|anzutun)",
        ),
        Rule("danger", "(?:morddrohung|todesdrohung|morddrohungen|todesdrohungen)[^ ]*"),
        Rule(
            "danger",
            "(?:drohung|drohungen|drohnachricht|drohnachrichten|drohbrief)[^ ]*",
            ask=True,
        ),
        Rule(
            "danger",
            "(?:mich|handy|auto|standort|telefon)[^ ]* (?:[^ ]+ )?(?:geortet|ortet|getrackt"
            "|trackt|verwanzt)|(?:airtag|peilsender|gps tracker|gpstracker|ortungs)[^ ]*",
        ),
        Rule(
            "danger",
            "(?:bei mir|in meine wohnung|in mein haus|in meine bude|in die wohnung) (?:[^ ]+"
            " )?(?:eingebrochen|eingedrungen|eingestiegen)",
        ),
        Rule(
            "danger",
            "(?:droht|drohte|gedroht|bedroht|bedrohte|drohen)[^ ]* (?:[^ ]+ )?(?:[^ ]+ )?mit"
            " (?:dem tod|mord|dem umbringen|einem messer|nem messer|dem messer|ner waffe|einer"
            " waffe|der waffe|ner pistole|einer pistole|schlagen|gewalt|seiner waffe|seinem"
            " messer)",
        ),
        Rule(
            "danger",
            "mir (?:[^ ]+ )?(?:aufgelauert|nachgestellt|nachgelaufen|hinterhergelaufen"
            "|hinterhergefahren|nachgefahren)|mir (?:[^ ]+ )?(?:bis nach hause|bis zur arbeit|bis"
            " zur haustur|bis zur haustuer|bis vor die tur) (?:gefolgt|nachgegangen|hinterher)",
        ),
        Rule(
            "danger",
            "(?:er|sie) (?:[^ ]+ )?(?:tut|antut|antun wird) (?:mir|uns|den kindern|meinen kindern"
            "|dem kind) (?:[^ ]+ )?(?:was|etwas)(?: an)?",
        ),
        Rule("danger", "(?:emj_knife|emj_gun)", ask=True),
        Rule(
            "danger",
            f"{_HE} {_W}(?:ist|wird|war|wurde|kann) {_W}(?:so )?(?:gewalttatig|gewalttaetig"
            "|agresiv|handgreiflich|brutal)",
        ),
        Rule("danger", "(?:droht|drohte|bedroht|bedrohte|gedroht) (?:mir|mich|uns)", ask=True),
        Rule(
            "danger",
            "(?:du wirst|wirst du) (?:das|es) (?:noch )?(?:bereuen|bereun)|(?:ich )?(?:mach|mache"
            "|krieg|kriege) dich (?:fertig|noch)",
            ask=True,
        ),
        Rule(
            "danger",
            "(?:hab|habe|hatte|krieg|kriege) (?:so |voll |echt |richtig |total |mega |solche "
            "|panische |gros |riesen )?(?:angst|schis|panik) vor (?:ihm|ihr|meinem ex|meiner ex"
            "|dem typen|meinem exfreund|meiner exfreundin)",
            ask=True,
        ),
        Rule(
            "danger",
            "(?:weis|kent) (?:genau |jetzt )?(?:wo|wie) (?:ich|wir) (?:wohne|wohnen|arbeite"
            "|arbeiten|bin)",
            ask=True,
        ),
        Rule("danger", "(?:blaues auge|blaue fleck|blauen fleck|veilchen)", ask=True),
        Rule(
            "danger",
            "(?:mich|uns) (?:[^ ]+ )?(?:bedroht|bedrohen|bedrohte)|(?:bedroht|bedrohte) (?:mich"
            "|uns)",
        ),
        Rule(
            "danger",
            "(?:ich|hab|habe) (?:[^ ]+ )?(?:angst|schis|panik)(?: [^ ]+)?(?: [^ ]+)?(?: [^"
            " ]+)?(?: [^ ]+)? (?:vor|um) (?:mein|meine|meinen|unser|unsere)? ?(?:leben"
            "|sicherheit)",
            ask=True,
        ),
        # --- families that generalise beyond the training phrasings
        # Ending it, said of oneself: "das einfach zu beenden, mich mein ich", "mein leben beenden".
        Rule(
            "suicidal",
            "(?:mein leben|meinem leben|mich selbst|mich selber|es endgultig|es fur imer|alles"
            " endgultig) (?:[^ ]+ )?(?:zu )?(?:beenden|beende|beend|auszuloschen|ausloschen)"
            "|(?:beenden|beende|beend)(?: [^ ]+)? (?:mich|mein leben) (?:mein|meine|meint"
            "|mein ich)",
        ),
        Rule(
            "suicidal",
            "(?:alles|das alles|das ganze|das hier alles) (?:[^ ]+ )?(?:zu )?(?:beenden|beende"
            "|beend)|(?:dann|und dann) (?:is|ist) (?:endlich )?ruhe",
            ask=True,
        ),
        # No way out but the one.
        Rule(
            "suicidal",
            "(?:ausweg|ausgang)[^ ]* (?:[^ ]+ )?(?:ausser|auser|nur noch) (?:den|dem|einen|der)"
            " (?:einen|einzigen)|(?:einzige|einzigen|letzte|letzten) (?:ausweg|losung|loesung)"
            "(?: [^ ]+)?(?: [^ ]+)? (?:tod|sterben|der tod|selbstmord|suizid)",
        ),
        Rule("suicidal", "(?:kein|keinen) (?:[^ ]+ )?ausweg(?: mehr)?", ask=True),
        # The word itself in the writer's head, or bare: ask at least.
        Rule(
            "suicidal",
            "(?:selbstmord|suizid|freitod|sich umzubringen|mich umzubringen)(?: [^ ]+)?(?: [^"
            " ]+)? (?:mir|mich) (?:[^ ]+ )?(?:[^ ]+ )?(?:aus dem kopf|ausm kopf|aus m kopf"
            "|im kopf|nicht los|durch den kopf)",
        ),
        Rule("suicidal", "(?:selbstmord|suizid|suizidversuch|freitod|umbringen)", ask=True),
        # A painless or quick way, "asking for myself".
        Rule(
            "suicidal",
            "(?:methode|methoden|weg|art|moglichkeit|mittel)[^ ]* (?:[^ ]+ )?(?:[^ ]+ )?(?:nicht"
            " weh tut|nicht wehtut|nicht weh tun|ohne schmerz[^ ]*|schmerzlos[^ ]*|am schnelsten"
            "|sicher ist)|(?:tut|tuts) (?:es |das )?(?:[^ ]+ )?weh (?:wen|wenn) man (?:sich|springt"
            "|stirbt|ertrinkt|erstickt)",
            ask=True,
        ),
        Rule(
            "suicidal",
            "(?:weh tut|wehtut|schmerz[^ ]*|schnel[^ ]*)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:frag"
            "|frage|fragen) (?:[^ ]+ )?(?:fur|fuer) mich (?:selbst|selber)",
        ),
        # About to do "something stupid".
        Rule(
            "suicidal",
            "(?:was|etwas|ne|eine) (?:dumes|blodes|bloedes|dumheit) (?:zu )?(?:tun|mache|machen"
            "|anstelen|anstele|anzustelen)|(?:kurz davor|nah dran|knapp davor)(?: [^ ]+)?(?: [^"
            " ]+)? (?:dumheit|was dumes|was blodes|zu springen|es zu tun)",
            ask=True,
        ),
        Rule(
            "suicidal",
            "(?:dumheit|was dumes)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:kein zuruck"
            "|kein zurueck|nicht mehr zuruck|nicht ruckgangig|ohne zuruck|fur imer)",
        ),
        # Others better off, the writer not there: "wenn ich nicht mehr da war, wars leichter".
        Rule(
            "passive",
            "(?:wen|falls|wenn|ob) ich (?:[^ ]+ )?(?:[^ ]+ )?(?:nicht|nich|net|ned|nimer|nimmer)"
            " mehr (?:da|hier|am leben|existieren|existieren wurde|leben wurde)"
            " (?:war|ware|waer|wär|wäre|wur|würde|wurde|sei)",
        ),
        Rule(
            "passive",
            "(?:wars|wars|ware es|waers|warees|war es|wäre es|wärs|wurde es|wuerde es)"
            " (?:[^ ]+ )?(?:fur|fuer) (?:alle|jeden|euch|meine familie|meine eltern)"
            " (?:[^ ]+ )?(?:leichter|besser|einfacher|ruhiger|entspanter)",
        ),
        Rule(
            "passive",
            "(?:familie|eltern|mama|mutter|alle|die anderen)(?: [^ ]+)?(?: [^ ]+)? (?:war|ware"
            "|waer|waren|waeren|wär|wären|wurde|wuerden|wurden)(?: [^ ]+)? (?:erleichtert"
            "|froh|beser dran|besser dran) (?:wen|wenn|falls|ohne) (?:ich|mich)",
        ),
        # A vehicle that "takes" the writer, whatever the word order.
        Rule(
            "passive",
            "mich (?:[^ ]+ )?(?:[^ ]+ )?(?:ein |n |nen |der |die |das |so ein )?(?:auto|lkw|laster"
            "|bus|zug|bahn|tram|strasenbahn)[^ ]* (?:[^ ]+ )?(?:uberfahrt|ueberfaehrt|uberfahren"
            "|umfahrt|erwischt|uberolt|totfahrt|mitnimt|uberfuhr|erfast)",
        ),
        Rule(
            "passive",
            "(?:war|wars|ware|waer|wär|wärs|ist|is) (?:es )?mir (?:[^ ]+ )?(?:[^ ]+ )?(?:recht"
            "|lieber|egal|nur recht)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:wen|wenn|falls|ob) ich"
            " (?:[^ ]+ )?(?:sterbe|sterb|tot|drauf gehe|draufgeh|nicht mehr aufwache|umkome)",
        ),
        # Falling asleep and it all being over; dissolving; hoping for an illness.
        Rule(
            "passive",
            "(?:einschlafen|schlafen|pennen|einpennen)(?: [^ ]+)? und (?:[^ ]+ )?(?:das|dass)"
            " (?:es|alles) (?:[^ ]+ )?(?:vorbei|aus|zu ende) (?:ist|sei|is)",
        ),
        Rule(
            "passive",
            "(?:will|wil|mochte|moechte|wurde|wuerde) (?:nur noch|einfach nur|nur|einfach)"
            " (?:einschlafen|schlafen|pennen)(?= $| und| fur| fuer| fur imer)",
            ask=True,
        ),
        Rule(
            "passive",
            "(?:wen|wenn|falls) ich mich (?:[^ ]+ )?in luft (?:aufl[^ ]*)|mich (?:einfach )?in"
            " luft (?:aufzulosen|auflosen|auflose|auflos)(?= $| wurde| wuerde| will| wil)"
            "|(?:keiner|niemand|kein schwein|keine sau|kein mensch)(?: [^ ]+)? (?:merken"
            "|bemerken|mitkriegen|mitbekomen|vermisen)(?: [^ ]+)? (?:wen|wenn|falls) ich"
            " (?:[^ ]+ )?(?:weg|verschwinde|verschwinden|nicht mehr|tot|sterbe|sterben)",
        ),
        Rule(
            "passive",
            "(?:hof|hofe|wunsch|wunsche|wunschte|bete) (?:[^ ]+ )?(?:[^ ]+ )?(?:[^ ]+ )?(?:krieg"
            "|kriege|bekom|bekome|hab|habe|erwischt|trift) (?:[^ ]+ )?(?:krebs|was schlimes|etwas"
            " schlimes|nen unfal|einen unfal|ne todliche|eine todliche|was todliches"
            "|herzinfarkt)|(?:und )?dann (?:wars|war es|ist es|is es) (?:das|vorbei)(?: halt"
            "| endlich| einfach| endgultig)",
        ),
        # Disappointed or angry to wake up again / to be still alive.
        Rule(
            "passive",
            "(?:entauscht|enttauscht|sauer|wutend|traurig|genervt|angepist|leider|schade)[^ ]*"
            " (?:[^ ]+ )?(?:das|dass)? ?(?:ich )?(?:[^ ]+ )?(?:wieder|noch|schon wieder|doch"
            " wieder|imer noch) (?:aufgewacht|aufwache|aufwach|wach werde|lebe|am leben|da bin"
            "|hier bin|atme|existiere)",
        ),
        Rule(
            "passive",
            "(?:warum|wieso|wozu|weshalb) (?:bin ich|wurde ich|musste ich) (?:[^ ]+ )?(?:[^ ]+"
            " )?(?:geboren|auf die welt|zur welt)|(?:herz|herzchen)(?: [^ ]+)?(?: [^ ]+)?"
            " (?:stehen bleibt|stehenbleibt|aufhort|aufhoert|aufhort zu schlagen|einfach stopt)",
        ),
        # A letter to the family, left where they will find it.
        Rule(
            "plan",
            "(?:brief|briefe|zettel)[^ ]* (?:an|fur|fuer) (?:meine |meinen |mein |die |den"
            " )?(?:mama"
            "|mutter|papa|vater|eltern|familie|schwester|bruder|kinder|oma|beste freundin"
            "|besten freund)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
            " (?:findet|finden|findest|gefunden|wen ich weg|wenn ich weg|danach|heute nacht"
            "|morgen fruh)",
        ),
        Rule(
            "plan",
            "(?:brief|briefe|zettel)[^ ]* (?:an|fur|fuer) (?:meine |meinen |mein |die |den"
            " )?(?:mama"
            "|mutter|papa|vater|eltern|familie|schwester|bruder|kinder|oma)(?: [^ ]+)?(?: [^"
            " ]+)? (?:liegt|liegen|lieg|hingelegt|gelegt|unterm|unter)",
            ask=True,
        ),
        # Driving into something on purpose.
        Rule(
            "plan",
            "(?:in|gegen|vor) (?:den |einen |nen |n |die |eine |ne )?(?:nachsten |naechsten"
            " |[^ ]+ )?(?:bruckenpfeiler|brueckenpfeiler|pfeiler|baum|gegenverkehr|lkw|laster"
            "|betonwand|leitplanke) (?:zu )?(?:fahren|fahre|fahr|rasen|rase|steuern|steuere"
            "|lenken|lenke|knalen|brettern|bretern|krachen|setzen)",
        ),
        # Affairs in order and a day set.
        Rule(
            "plan",
            "(?:alles|hab alles|habe alles) (?:[^ ]+ )?(?:geregelt|erledigt|geklart|geklaert"
            "|vorbereitet|organisiert|verschenkt)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
            " (?:soweit|so weit|bin ich weg|ist schlus|is schlus|wars das|der tag|abschied)",
        ),
        Rule(
            "plan",
            "(?:katze|kater|hund|hamster|haustier|meine tiere|vogel|kaninchen)[^ ]* (?:ist |sind"
            " |is )?(?:jetzt |schon )?(?:bei|zu) (?:meiner|meinem|meinen|meine|der|dem)"
            "(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:geregelt"
            "|geloscht|soweit|so weit|abschied|versorgt|nicht mehr da|erledigt)",
        ),
        Rule(
            "plan",
            "(?:samstag|sonntag|montag|dienstag|mitwoch|donerstag|freitag|morgen|heute|heut"
            "|heute nacht|heut nacht|am wochenende|bald|dan|nachste woche)(?: [^ ]+)? (?:ist|is)"
            " es (?:endlich )?soweit",
            ask=True,
        ),
        # Named sedatives or painkillers together with taking all of them.
        Rule(
            "plan",
            "(?:tavor|lorazepam|diazepam|valium|xanax|zopiclon|zolpidem|mirtazapin|quetiapin"
            "|seroquel|tilidin|tramadol|oxycodon|oxy|opioide|insulin|paracetamol|ibuprofen"
            "|schlafmittel|benzos|antidepresiva)[^ ]*(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^"
            " ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:alles|alle|auf einmal|geschluckt|eingeworfen"
            "|gehortet|gesammelt|auf ex)",
        ),
        Rule(
            "plan",
            "(?:nehm|nehme|schluck|schlucke|werf|werfe|kipp|kippe|trink) (?:ich )?(?:heute |heut"
            " |jetzt |gleich |nachher )?(?:nacht |abend )?(?:alles|alle|die alle|alles auf"
            " einmal|alle auf einmal)(?= $| auf einmal| zusamen| heute| heut| jetzt| gleich)",
        ),
        # Self-harm: the blade needed, cigarettes put out on skin, burning, scratching or
        # biting until it bleeds, hitting oneself.
        Rule(
            "self_harm",
            "(?:brauch|brauche|brauchte) (?:die |meine |ne |eine |n )?(?:klinge|rasierklinge"
            "|klingen)|(?:einzige|einzig)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:ist|is)"
            " (?:das |die )?(?:ritzen|schneiden|klinge|mich zu ritzen|mich zu schneiden)",
        ),
        Rule(
            "self_harm",
            "(?:druck|drucke|ausdrucken|ausgedruckt)(?: [^ ]+)?(?: [^ ]+)? (?:zigarette"
            "|zigaretten|kipe|kipen|zigi|zigis|kipchen)[^ ]* (?:[^ ]+ )?(?:[^ ]+ )?(?:arm|armen"
            "|hand|handen|handgelenk|bein|beinen|haut|oberschenkel)|(?:zigarette|zigaretten|kipe"
            "|kipen|zigis)[^ ]* (?:[^ ]+ )?(?:[^ ]+ )?(?:auf|an|am) (?:meinem |meiner |dem |der"
            " |m )?(?:arm|hand|handgelenk|bein|haut|oberschenkel)[^ ]* (?:aus|ausgedruckt)",
        ),
        Rule(
            "self_harm",
            "(?:extra|absichtlich|mit absicht|bewusst|bewust|gezielt)(?: [^ ]+)?(?: [^ ]+)?(?: [^"
            " ]+)?(?: [^ ]+)? (?:verbrant|verbrannt|verbruht|verbrueht|gebisen|gekratzt"
            "|geschlagen|blutig|aufgekratzt|weh getan|wehgetan)",
        ),
        Rule(
            "self_harm",
            "(?:kratz|kratze|kratzen|gekratzt|beis|beise|beisen|gebisen|schlag|schlage|hau|haue"
            "|druck|drucke)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? bis (?:es |sie |das"
            " |die haut |ich |s )?(?:blut|blutet|bluten|blute|geblutet|blutig|aufplatzt)",
        ),
        Rule(
            "self_harm",
            "(?:schlag|schlage|hau|haue|box|boxe|prugel|pruegel) mich (?:[^ ]+ )?(?:selbst"
            "|selber)|mich (?:selbst|selber) (?:[^ ]+ )?(?:geschlagen|geboxt|gebisen|verbrant"
            "|gekratzt|verletzt)|(?:mir|mich) (?:[^ ]+ )?(?:mit der faust|mit den fausten|mit"
            " dem hamer|mit nem hamer|mit einem hamer) (?:[^ ]+ )?(?:[^ ]+ )?(?:schlag|schlage"
            "|hau|haue|geschlagen|gehauen)",
        ),
        Rule(
            "self_harm",
            "(?:verbrene|verbren|verbrenen|verbruhe|verbruh) mich (?:[^ ]+ )?(?:[^ ]+ )?(?:mit"
            "|am|an der|an dem)",
            ask=True,
        ),
        # Danger: the threat in his word order ("dann bringt er mich um").
        Rule(
            "danger",
            "(?:bringt|bringe|bring|macht|mach) (?:er|sie|der|die) (?:mich|uns|die kinder|meine"
            " kinder) (?:[^ ]+ )?(?:[^ ]+ )?(?:um|kalt)(?= )",
        ),
        Rule(
            "danger",
            "(?:ex|er|sie|der|typ)[^ ]* (?:[^ ]+ )?(?:[^ ]+ )?(?:hammert|haemmert|trommelt|tritt"
            "|schlagt|schlaegt|bolert|wummert|klopft|hammerte|trat|schlug)(?: [^ ]+)?(?: [^ ]+)?"
            "(?: [^ ]+)? (?:gegen|an) (?:die|meine|unsere|der) (?:tur|tuer|wohnungstur|haustur"
            "|fenster)|(?:tur|tuer)[^ ]* (?:[^ ]+ )?(?:eintreten|einzutreten|aufbrechen"
            "|aufzubrechen|eingetreten|aufgebrochen)",
        ),
        Rule(
            "danger",
            "(?:hab|habe|ich) mich (?:[^ ]+ )?(?:im|in der|ins|in die|in meinem|in meinem) (?:bad"
            "|badezimmer|klo|toilete|schlafzimmer|zimmer|keler|auto) (?:[^ ]+ )?(?:[^ ]+"
            " )?(?:eingeschlosen|eingesperrt|verbarikadiert|verstekt|verkrochen)",
            ask=True,
        ),
        Rule(
            "danger",
            "(?:nachts|in der nacht|mitten in der nacht|um [0-9]+ uhr)(?: [^ ]+)?(?: [^ ]+)?"
            " (?:in|im|vor|an|unter|am|vorm) (?:meinem |meiner |unserem |unserer |dem |der |m"
            " )?(?:garten|fenster|schlafzimerfenster|balkon|schlafzimer|hof|terase|einfahrt)"
            "|(?:fenster|schlafzimerfenster|wohnzimerfenster)[^ ]* (?:[^ ]+ )?(?:geguckt|gekuckt"
            "|geschaut|gestart|geglotzt|gespaht|guckt|schaut|start|glotzt|spaht|reingeguckt"
            "|reingeschaut)",
        ),
        Rule(
            "danger",
            "(?:reifen|autoreifen)[^ ]* (?:[^ ]+ )?(?:zerstochen|aufgeschlitzt|zerschnitten"
            "|platt gemacht)|(?:unterdruckter|unterdrueckter|unbekanter|anonymer) nummer",
            ask=True,
        ),
        Rule(
            "danger",
            "(?:reifen|autoreifen)[^ ]* (?:[^ ]+ )?(?:zerstochen|aufgeschlitzt|zerschnitten)"
            "(?: [^ ]+)*? (?:garten|fenster|nachts|verfolgt|steht|stand)",
        ),
        # "He is everywhere ... that's no coincidence".
        Rule(
            "danger",
            "(?:uberal|ueberal|jedes mal|imer wieder|standig|staendig|dauernd)(?: [^ ]+)?(?: [^"
            " ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:kein"
            " zufal|kein zufall|nicht zufalig|nicht zufaelig|kann kein zufal)",
        ),
        Rule("danger", "(?:ist|is|das ist|das is|kann) kein zufal(?: mehr| sein)?", ask=True),
        Rule(
            "danger",
            "(?:kinder|kind|kleinen|tochter|sohn|die beiden)[^ ]* (?:[^ ]+ )?(?:[^ ]+ )?(?:[^ ]+"
            " )?(?:nie|nicht|nimer) (?:mehr |wieder )?(?:lebend|lebendig)",
        ),
        Rule(
            "danger",
            "(?:handy|telefon|handi)[^ ]* (?:[^ ]+ )?(?:[^ ]+ )?(?:an die wand|auf den boden|gegen"
            " die wand|kaputt)(?: [^ ]+)? (?:geworfen|geschmisen|gehauen|geschlagen|gemacht"
            "|getreten)(?: [^ ]+)*? (?:geschlagen|ohrfeige|geklatscht|geschubst|gepackt|angst)",
        ),
        Rule(
            "danger",
            "(?:ohrfeige|backpfeife|schele|watschn|watsche|eine|ne|eins)(?: [^ ]+)?"
            " (?:geklatscht|gescheuert|gedonert|verpast|reingehauen|gegeben)(?: [^ ]+)?(?: [^"
            " ]+)? (?:vor|vorm|vor den|vor dem) (?:kind|kindern|kleinen|sohn|tochter)",
        ),
        # Someone else: wanting to die, cuts seen on their arms.
        Rule(
            "other_at_risk",
            "(?:sie|er) (?:[^ ]+ )?(?:will|wil|wolle|mochte|moechte|wolte) (?:[^ ]+ )?sterben"
            "|(?:sie|er) (?:will|wil|wolle|wolte) (?:[^ ]+ )?(?:tot sein|nicht mehr da sein)",
        ),
        Rule(
            "other_at_risk",
            "(?:narben|schnite|schnitwunden|ritzwunden|ritzer|wunden|schnitverletzungen)[^ ]*"
            " (?:[^ ]+ )?(?:an|auf) (?:den |seinen |ihren |seinem |ihrem )?(?:armen|arm"
            "|handgelenk|handgelenken|beinen|oberschenkeln)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
            " (?:gesehen|entdeckt|bemerkt)|(?:gesehen|entdeckt|bemerkt)(?: [^ ]+)?(?: [^ ]+)?"
            " (?:narben|schnite|schnitwunden|ritzwunden|ritzer)[^ ]* (?:[^ ]+ )?(?:an|auf)"
            " (?:den |seinen |ihren |seinem |ihrem )?(?:armen|arm|handgelenk|handgelenken|beinen"
            "|oberschenkeln)",
        ),
        Rule(
            "other_at_risk",
            "(?:gepostet|postet|geschickt|geschrieben|hochgeladen)(?: [^ ]+)?(?: [^ ]+)?(?: [^"
            " ]+)? (?:wie|so wie|sowas wie|nach) (?:ein |nen |n |einen )?(?:abschied|lebewohl"
            "|tschus fur imer)|(?:abschied|lebewohl)[^ ]*(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^"
            " ]+)?(?: [^ ]+)? (?:nicht mehr ran|nicht ans handy|nicht ans telefon|geht nicht ran"
            "|antwortet nicht|meldet sich nicht|nicht erreichbar|ist nicht da)",
        ),
        Rule(
            "suicidal",
            "(?:ausweg|losung|loesung)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:der tod"
            "|sterben|selbstmord|suizid|mich umzubringen)|(?:wie viele|wieviele|wie viel|wieviel)"
            " (?:[^ ]+ )?(?:tabletten|tableten|pilen|schlaftabletten|medikamente|medis|emj_pill)"
            "(?: [^ ]+)? (?:braucht man|sind todlich|bis man|um zu sterben|todlich|damit man)"
            "|(?:todliche|letale) dosis",
        ),
        Rule(
            "suicidal",
            "(?:brucke|bruecke|dach|hochhaus|klippe|stockwerk|balkon)[^ ]* (?:ich )?(?:[^ ]+"
            " )?(?:spring|springe|springen|runterspringe|runterspring|sturze|stuerze)(?= $| ich"
            "| werde| wil| wird| sol| mus)",
        ),
        Rule(
            "suicidal",
            "(?:mach|mache|setz|setze|bereite) (?:ich )?(?:dem ganzen|allem|meinem leben)(?: [^"
            " ]+)?(?: [^ ]+)? ein ende",
        ),
        Rule(
            "passive",
            "(?:wen|falls|wenn|ob) es mich (?:[^ ]+ )?(?:nicht|nich|nimer) (?:mehr )?(?:gabe"
            "|gaebe|gibt|geben wurde)|(?:aufhoren|aufhoeren|aufhore|aufhor) (?:zu )?(?:existieren"
            "|leben|atmen)",
        ),
        Rule(
            "passive",
            "(?:wen|wenn|falls) ich (?:[^ ]+ )?(?:tot umfale|tot umfalen|tot umkipe|sterbe"
            "|sterben wurde|draufgehe|drauf gehe|verecke)(?: [^ ]+)? (?:wars|ware es|waers|war"
            "|ist|is)(?: [^ ]+)?(?: [^ ]+)? (?:egal|recht|lieber|wurscht|schnupe)",
        ),
        Rule(
            "plan",
            "(?:tabletten|tableten|pilen|schlaftabletten|medis|medikamente|emj_pill)[^ ]* (?:[^"
            " ]+ )?(?:[^ ]+ )?(?:zurechtgelegt|bereitgelegt|bereitgestelt|abgezahlt|gezahlt"
            "|hingelegt)",
        ),
        Rule(
            "suicidal",
            "(?:es|das) (?:heute|heut|jetzt|endlich|heute nacht|heut nacht|morgen|bald) (?:zu"
            " )?(?:beenden|beende|beend)",
            ask=True,
        ),
        *_MORE_RULES,
        *_R3_RULES,
    ),
    exceptions=(
        # Idioms and hyperbole.
        (
            "(?:lach|lache|lachen|lachte|gelacht) (?:[^ ]+ )?(?:mich|uns|dich) (?:[^ ]+ )?(?:tot"
            "|kaputt|schlapp)"
        ),
        (
            "(?:sterbe|sterb|sterben|gestorben|tot) (?:[^ ]+ )?vor (?:lachen|hunger|langeweile"
            "|durst|hitze|kalte|scham|neugier|mudigkeit|muedigkeit)"
        ),
        (
            "(?:bring|bringe|bringt|bringst|bringen) (?:[^ ]+ )?mich (?:[^ ]+ )?(?:[^ ]+ )?um"
            " (?:den|meinen|meine|die|mein) [^ ]+"
        ),
        "(?:bist|seid|ist) (?:du |ihr |der |die |er |sie )?(?:[^ ]+ )?(?:lebensmude|lebensmuede)",
        (
            "(?:[^ ]+ )?(?:[^ ]+ )?(?:[^ ]+ )?mich (?:[^ ]+ )?(?:umgebracht|gekilt|getotet|getoetet"
            "|umbringt|kilt|totet|fertiggemacht|zerstort) (?:mit|durch) (?:seiner|ihrer|seinem"
            "|ihrem|dem|der|diesem|dieser|seinen|ihren|den|dem)"
        ),
        (
            "(?:[^ ]+ )?(?:[^ ]+ )?(?:[^ ]+ )?mich (?:[^ ]+ )?(?:umgebracht|gekilt|getotet|getoetet"
            "|umbringt|umbringen|kilt|totet)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
            " (?:ha(?:ha)+h?|lol|xd|lmao|ahah|hihi|hehe)"
        ),
        # Negations: the writer says it is not so.
        (
            "(?:nicht|nie|niemals|kein|keine|keinesfals|gar nicht|null) (?:[^ ]+ )?(?:[^ ]+"
            " )?(?:suizidal|suizidgefahrdet|suizidgefaehrdet|selbstmordgefahrdet|lebensmude"
            "|lebensmuede)"
        ),
        (
            "(?:nicht|nie|niemals|kein|keine|keinen) (?:[^ ]+ )?(?:[^ ]+ )?an (?:selbstmord|suizid"
            "|den freitod)"
        ),
        "(?:keine|kein|keinerlei) (?:selbstmord|suizid)[^ ]*gedanke[^ ]*",
        (
            "(?:ich )?(?:ritze|ritz|schneide|schneid|verletze) mich (?:[^ ]+ )?(?:(?:nicht|nich|net"
            "|ned) mehr|nie mehr|nicht)"
        ),
        (
            "(?:(?:nicht|nich|net|ned) mehr|nie mehr|nie wieder) (?:[^ ]+ )?(?:geritzt|ritzen"
            "|geschnitten|verletzt)"
        ),
        (
            "(?:nie|niemals|nicht|nichts) (?:[^ ]+ )?(?:[^ ]+ )?(?:was |etwas )?(?:antun|anzutun"
            "|antue)"
        ),
        (
            "(?:hab|habe|hatte) (?:[^ ]+ )?(?:keine|kein) (?:angst|schis|panik) (?:[^ ]+ )?(?:[^ ]+"
            " )?(?:[^ ]+ )?"
        ),
        # Stories: films, series, books, songs, and what they are about.
        (
            "(?:im|in der|in dem|in einem|in einer|im neuen|in diesem|in dieser|aus dem|aus der)"
            f" (?:[^ ]+ )?{_STORY}[^ ]*{_WIN5}{_WIN5}"
        ),
        f"{_STORY}[^ ]* (?:wo|in dem|in der|uber|ueber|mit|von|handelt|geht)(?: [^ ]+)?{_WIN5}",
        "(?:singt|singen|sang|heist es|hies es|zeile|refrain)" + _WIN5 + _WIN5,
        # Someone else's joke threat ("my friend said he'd kill me if I text him").
        "(?:kumpel|kumpeline|beste freundin|bester freund|bff|mama|mutter|papa"
        "|vater|oma|opa|bruder|schwester|mitbewohner|mitbewohnerin|chef|chefin"
        "|kollege|kollegin)[^ ]* (?:meinte|sagte|sagt|meint|schrieb|schreibt|so)" + _WIN5 + _WIN5,
        # Thoughts and films that "follow" the writer.
        (
            "(?:gedanke|gedanken|erinnerung|erinnerungen|vergangenheit|lied|song|bild|satz|ohrwurm"
            "|pech|traum|albtraum|blick)[^ ]* (?:[^ ]+ )?(?:[^ ]+ )?(?:verfolgt|verfolgen"
            "|verfolgte) (?:mich|uns)"
        ),
        (
            "(?:verfolgt|verfolgen) mich (?:[^ ]+ )?(?:in meinen traumen|in meinen traeumen|im"
            " traum|bis in den schlaf|gedanklich)"
        ),
        # The past, told from a recovered present.
        "(?:damals|fruher|frueher|vor (?:[^ ]+ )?(?:jahren|jahr|monaten)|als teenager|als"
        " jugendliche[^ ]*|in der schule|im studium"
        "|mit [0-9]+|nach meiner letzten trennung|in meiner letzten beziehung|letztes mal|beim"
        " letzten mal)(?: [^ ]+)*?"
        " (?:heute|heut|jetzt|mitlerweile|inzwischen|seitdem|seit (?:[^ ]+ )?(?:jahren|monaten"
        "|jahr)|bin seit|diesmal|zum gluck|zum glueck|aber das ist|vorbei)",
        (
            "(?:mich|uns) (?:damals|fruher|frueher|mal|einmal) (?:bedroht|geschlagen|verfolgt"
            "|gestalkt)(?: [^ ]+)*? (?:jahre her|lange her|vorbei|jetzt|heute)"
        ),
        # Study, work and volunteering about these topics.
        (
            "(?:referat|hausarbeit|seminar|vortrag|studie|kurs|thema|bachelorarbeit|masterarbeit"
            "|seminararbeit|fortbildung|schulung)[^ ]* (?:[^ ]+ )?(?:[^ ]+ )?selbstverletz[^ ]*"
        ),
        # "not so bad that I would hurt myself".
        (
            "(?:nicht|nie|nich|kein|keine)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:das|dass) ich"
            " (?:mir|mich) (?:[^ ]+ )?(?:[^ ]+ )?(?:antun|anzutun|antue|umbringe|umbringen"
            "|umbring|ritze|ritzen|verletze|verletzen|was an)"
        ),
        # A quoted threat laughed about.
        (
            "(?:bring|bringe) (?:ich )?dich (?:[^ ]+ )?um"
            + _WIN5
            + _WIN5
            + _WIN5
            + " (?:romantisch"
            "[^ ]*|lol|xd|haha[^ ]*|witz|spas|scherz|lustig|sus|suess|gelacht|zum schiesen)"
        ),
        # Violence by a former partner, long past.
        (
            "(?:erster|erste|ersten|damaliger|damalige|fruherer|fruhere|vorheriger|vorherige"
            "|alter|alte|voriger|vorletzter|vorletzte|alerester)(?: [^ ]+)?"
            + _WIN5
            + _WIN5
            + " (?:jahre|jahr|monate|ewig|lange|ewigkeiten|ne ewigkeit) her"
        ),
        # Scratching a bite or a spot.
        "(?:stich|stiche|stichen|muckenstich|muckenstiche|pickel|pickeln|schorf|ekzem|neurodermitis"
        "|ausschlag)" + _WIN5 + _WIN5,
        # Something stupid that is not self-harm: texting the ex, drinking, buying things.
        (
            "(?:was|etwas|ne|eine) (?:dumes|blodes|dumheit)(?: [^ ]+)?(?: [^ ]+)? (?:schreiben"
            "|schreibe|ihm|ihr|anrufen|kaufen|saufen|trinken|texten)"
        ),
        (
            "(?:bring|bringe) (?:ich )?mich (?:[^ ]+ )?um(?: [^ ]+)?(?: [^ ]+)? (?:lol|xd|haha[^ ]*"
            "|hihi|lmao|ahah[^ ]*)"
        ),
        "(?:nie|niemals|nicht|nich|kein) (?:[^ ]+ )?(?:[^ ]+ )?(?:umbringen|selbstmord|suizid)",
        (
            "(?:sie |er |ich )?(?:[^ ]+ )?(?:will|wil|wolte|mochte|moechte|wurde|wuerde) (?:[^ ]+"
            " )?(?:[^ ]+ )?sterben (?:[^ ]+ )?vor (?:lachen|scham|langeweile|hunger|durst|hitze"
            "|kalte|neugier|mudigkeit|peinlichkeit|fremdscham)"
        ),
        *_MORE_EXCEPTIONS,
        *_R3_EXCEPTIONS,
    ),
)
