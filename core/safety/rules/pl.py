"""Polish: crisis and danger phrases, and the idioms, negations, quotes and stories like them."""

from core.safety.recognizer import Recognizer, Rule

# One optional word that is not a negation ("juz sie nie tne" must not match).
_W = "(?:(?!nie |nigdy |wcale |ani )[^ ]+ )?"
# Killing oneself after "sie"; "zabije" is both "I will" and "he will" without the ogonek.
_KILL_SELF = (
    "(?:zabic|zabije|zabijam|zabijac|zabijesz|zabilam|zabilem|zabilabym|zabilbym|powiesic"
    "|powiesze|powiesilam"
    "|powiesilem|otruc|otruje|utopic|utopie|zastrzelic|zastrzele|wykonczyc|wykoncze|zajebac"
    "|zajebie)"
)
# Pills and packs of them.
_PILLS = (
    "(?:tabletk[^ ]*|tabletek|tabsy|tabsow|proch[^ ]*|lekow|leki|lekami|pigul[^ ]*|nasenn[^ ]*"
    "|paracetamol[^ ]*"
    "|apap[^ ]*|ibuprom[^ ]*|ibuprofen[^ ]*|xanax[^ ]*|relanium|hydroxyzyn[^ ]*|antydepresant[^"
    " ]*|emj_pill"
    "|opakowan[^ ]*|listk[^ ]*|blister[^ ]*)"
)
# He, she, the ex, a partner: the person a danger message is about.
_HE = (
    "(?:on|ona|ex|eks|byly|byla|chlopak|dziewczyna|maz|zona|partner|partnerka|facet|typ|gosc"
    "|koles|narzeczony"
    "|narzeczona|mezczyzna|eksio|exio)"
)
# What he did or will do to the writer, after "mnie" or "mi".
_HURT = (
    "(?:zabije|zabic|zabil|zabila|zabija|zajebie|zajebac|zatluc|zatlucze|zadzgac|zadzga|udusi"
    "|udusic|dusil"
    "|dusila|dusi|pobije|pobil|pobila|bije|bil|bila|uderzyl|uderzyla|uderza|uderzy|kopnal|kopnela"
    "|kopie|kopal"
    "|skatowal|skatowala|zgwalcil|zgwalci|dopadnie|znajdzie|pobic|uderzyc|skrzywdzi|skrzywdzil"
    "|skrzywdzila"
    "|skrzywdzic|zastrzeli|zastrzelic|dzgnal|dzgnie|popchnal|popchnela|szarpal|szarpala|szarpie"
    "|spoliczkowal|spoliczkowala|policzkowal|przydusil|przydusila|przycisnal|przycisnela|sledzi"
    "|sledzil"
    "|sledzila|nachodzi|nachodzil|nachodzila|obserwuje|obserwowal|sledzic|nachodzic|straszy"
    "|straszyl"
    "|zaatakowal|zaatakowala|napadl|napadla|zamknal|zamknela|wiezil|poturbowal|posiniaczyl|zlal"
    "|zleje"
    "|wpierdoli|wpierdolil|wyjebal|zniszczy|przesladuje|przesladowal|przesladowala|neka|nekal"
    "|nekala|zrobi krzywde|zrobil krzywde|zrobi cos|pozabija|podpali|odnajdzie)"
)
# Films, series, books and songs: what is said inside them is a story, not the writer.
_STORY = (
    "(?:film|filmie|filmu|serial|serialu|serialem|odcinek|odcinku|ksiazk[^ ]*|piosenk[^ ]*"
    "|piosence|utwor[^ ]*"
    "|teledysk[^ ]*|dokument[^ ]*|podcast[^ ]*|artykul[^ ]*|gra|grze|anime|mang[^ ]*|netflix[^ ]*"
    "|sezon[^ ]*"
    "|powiesc[^ ]*|kawalk[^ ]*|kawalek|tekst[^ ]*|wiersz[^ ]*|reportaz[^ ]*|wiadomosciach|newsach"
    "|rozdzial[^ ]*)"
)
_WIN5 = "(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
_PLACES = (
    "(?:drzwiami|drzwi|domem|domu|blokiem|bloku|praca|pracy|pracą|szkola|szkoly|mieszkaniem"
    "|mieszkania|oknem"
    "|oknami|klatka|klatki|brama|uczelnia|uczelni|biurem|biura|chata|furtka)"
)

# Round two: indirect plans, understated wishes, Silesian and slang, and the jokes that look alike.
_W3 = "(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
_PET = "(?:psa|kota|kotke|pieska|kotka|chomika|krolika|papuge|rybki|zwierzaki)"
_MORE_RULES = (
    # Ending "it all", and being missed, said without the word death.
    Rule(
        "suicidal",
        "(?:jak|gdy|kiedy|jesli|jezeli) mnie (?:juz )?(?:nie bedzie|zabraknie)"
        + _WIN5
        + _WIN5
        + _W3
        + " (?:serio|na serio|mysle o tym|coraz czesciej|naprawde)",
    ),
    Rule(
        "suicidal",
        (
            "(?:zobaczy|zobacza|pozaluje|pozaluja|zrozumie)(?: [^"
            " ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:jak|gdy|kiedy) mnie (?:juz"
            " )?(?:zabraknie|nie bedzie)"
        ),
    ),
    Rule(
        "suicidal", "(?:niech|niech ona|niech on) (?:ma|mnie ma|ma mnie) (?:to |mnie )?na sumieniu"
    ),
    Rule(
        "suicidal",
        (
            "(?:nie|ni) (?:picie|picia|wodke|wodka|piwo|piwa|alkohol"
            "|flaszke|chlanie|picia tylko) (?:tylko |ale )?wszystko"
        ),
    ),
    Rule(
        "suicidal",
        (
            "(?:zalatwie|zalatwic|zalatwie sie|zalatwie to|zalatwic"
            " to)(?: [^ ]+)? (?:po swojemu|na swoj sposob|raz na"
            " zawsze|na dobre|definitywnie)"
        ),
    ),
    Rule(
        "suicidal",
        "(?:nie mam sily|nie ma po co|nie ma sensu|brak sil|zero sil)"
        + _W3
        + (
            " (?:niedlugo|wkrotce|zaraz|juz niedlugo) (?:koniec"
            "|bedzie koniec|po wszystkim|sie skonczy)"
        ),
    ),
    Rule(
        "suicidal",
        "(?:niedlugo|wkrotce) koniec"
        + _W3
        + " (?:postanowione|postanowilem|postanowilam|zdecydowane|decyzja zapadla)",
        ask=True,
    ),
    Rule(
        "suicidal",
        (
            "(?:mysle|mysla|myslalem|myslalam|mysli|mysle se) o tym(?:"
            " [^ ]+)?(?: [^ ]+)? (?:zeby|coby|by|aby|czy nie) (?:to"
            " |juz )?(?:wszystko )?(?:skonczyc|zakonczyc|skonczyc"
            " ze soba|sie zabic)(?! z nim| z nia| z toba| z tym zwiazkiem"
            "| z ex| ze zwiazkiem| z byl[^ ]*| te relacje| ten zwiazek)"
        ),
    ),
    Rule(
        "suicidal",
        (
            "(?:to wszystko|wszystko|z tym wszystkim) (?:skonczyc"
            "|zakonczyc|skoncze|zakoncze) (?:na dobre|raz na zawsze"
            "|definitywnie|na zawsze)"
        ),
    ),
    Rule(
        "suicidal",
        "(?:mam dosc|mam dosyc|nie wyrabiam|mam wszystkiego dosc)"
        + _W3
        + (
            "(?: [^ ]+)? (?:to |wszystko )?(?:chyba |juz |niedlugo"
            " |wkrotce |dzis )*(?:to |wszystko )?(?:zakoncze|skoncze)(?!"
            " z nim| z nia| z toba| z tym zwiazkiem| z ex| ze zwiazkiem"
            "| z byl[^ ]*| te relacje| ten zwiazek)"
        ),
    ),
    Rule(
        "suicidal",
        (
            "(?:kiedys|pewnego dnia|ktoregos dnia|ktorejs nocy|dzis"
            "|dzisiaj) (?:po prostu )?(?:nie wroce|juz nie wroce)(?:"
            " do domu)?"
        ),
        ask=True,
    ),
    Rule(
        "suicidal",
        "(?:most|moscie|mostu|dachu|balkonu|wiadukcie)"
        + _W3
        + (
            "(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:patrze w dol|patrzec"
            " w dol|gapie sie w dol|w dol na)"
        ),
    ),
    # Wishing to be gone, asleep forever, under the ground, never born.
    Rule(
        "passive",
        (
            "(?:zniknac|zniknal|zniknela|zniknac sobie|rozplynac"
            " sie|wyparowac)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?:"
            " [^ ]+)? (?:na zawsze|na dobre|na serio|naprawde|calkiem"
            "|calkowicie|z tego swiata)"
        ),
    ),
    Rule(
        "passive",
        (
            "(?:rozpuscic sie|rozplynac sie|rozpuscil sie|rozpuscila"
            " sie) (?:jak|w powietrzu|w nicosc|na amen)"
        ),
    ),
    Rule(
        "passive",
        (
            "(?:chcialbym|chcialabym|wolalbym|wolalabym|szkoda ze"
            "|lepiej by bylo|lepiej jakbym|zaluje ze|obym)(?: [^"
            " ]+)?(?: [^ ]+)? (?:nie urodzic sie|sie nie urodzic"
            "|sie nie urodzil[^ ]*|nie urodzil[^ ]*|sie nigdy nie"
            " urodzil[^ ]*|nigdy sie nie urodzil[^ ]*)"
        ),
    ),
    Rule(
        "passive",
        (
            "(?:jakbym|gdybym|jesli sie|jezeli sie|jak sie) (?:sie"
            " )?(?:jutro |juz |rano )?nie (?:obudzil|obudzila|obudze)"
        )
        + _W3
        + (
            "(?: [^ ]+)?(?: [^ ]+)? (?:nic przeciwko|nie szkoda"
            "|bez roznicy|wszystko jedno|lepiej|nie mialbym|nie"
            " mialabym|ok|spoko)"
        ),
    ),
    Rule(
        "passive",
        (
            "(?:gdyby|jakby|jesli|jezeli) mi sie (?:cos|cokolwiek)"
            " (?:stalo|przytrafilo|stanie|przytrafi)"
        ),
    ),
    Rule(
        "passive",
        (
            "(?:nic by sie nie stalo|nie byloby zle|nie byloby tragedii"
            "|nikt by nie plakal)(?: [^ ]+)? (?:gdyby|jakby|jesli)"
            " (?:mnie|mi)"
        ),
    ),
    Rule(
        "passive",
        (
            "(?:lezec|lezal|lezala|spoczac|byc|lezec juz) (?:juz"
            " )?(?:obok|przy|kolo) (?:dziadka|babci|mamy|taty|mamusi"
            "|ojca|matki|dziadkow)(?: [^ ]+)? (?:na cmentarzu|w grobie"
            "|pod ziemia|tam)"
        ),
    ),
    # Plans: the will, the pet given away, the goodbye, the rope, the search for the dose.
    Rule(
        "plan",
        (
            "(?:napisalem|napisalam|spisalem|spisalam|zrobilem|zrobilam"
            "|sporzadzilem|sporzadzilam) (?:dzis |dzisiaj |juz |wczoraj"
            " )?(?:moj |swoj )?testament"
        ),
        ask=True,
    ),
    Rule(
        "plan",
        (
            "testament(?: .*)? (?:hasla|haslo|kody|piny|ubezpieczen[^"
            " ]*|to zrobie|zrobie to|pozegnal[^ ]*|bedzie po wszystkim)"
        ),
    ),
    Rule(
        "plan",
        "(?:oddalem|oddalam|dalem|dalam|zostawilem|zostawilam) (?:[^ ]+ )?"
        + _PET
        + (
            "(?: .*)? (?:wszystko (?:pozalatwiane|zalatwione|gotowe"
            "|uporzadkowane|w porzadku)|pozegnal[^ ]*|pozegnanie"
            "|list pozegnalny)"
        ),
    ),
    Rule(
        "plan",
        (
            "(?:napisalem|napisalam|zostawilem|zostawilam) (?:list"
            "|listy|liscik|pozegnalny list)(?: .*)? wszystko (?:pozalatwiane"
            "|zalatwione|gotowe|uporzadkowane|posprzatane)"
        ),
    ),
    Rule(
        "plan",
        (
            "(?:pozegnalem|pozegnalam) (?:sie )?(?:ze wszystkimi"
            "|z wszystkimi|z kazdym|z calym swiatem|z rodzina)(?:"
            " [^ ]+)?(?: [^ ]+)? (?:tak zeby nie|zeby nie|nikt nie"
            "|ostatni raz|na zawsze|bez slowa|po cichu)"
        ),
    ),
    Rule(
        "plan",
        (
            "(?:pozegnalem|pozegnalam) (?:sie )?(?:ze wszystkimi"
            "|z wszystkimi|z kazdym|z calym swiatem)"
        ),
        ask=True,
    ),
    Rule(
        "plan",
        (
            "(?:sznur|lina|petla|stryczek|pasek)(?: [^ ]+)? (?:juz"
            " )?(?:wisi|powieszony|powieszona|zawiazany|zawiazana"
            "|przywiazany|gotowy|gotowa)"
        ),
    ),
    Rule(
        "plan",
        "(?:googluje|googlowalem|googlowalam|szukam|szukalem|szukalam|sprawdzam|sprawdzalem|czytam)"
        + _W3
        + (
            " ile (?:trzeba|musze|mam|potrzeba|tabletek|tabsow|pigul[^"
            " ]*)(?: [^ ]+)? (?:wziac|lyknac|polknac|zazyc)?(?:"
            " [^ ]+)? (?:zeby|by|aby|coby) (?:wystarczylo|starczylo"
            "|sie nie obudzic|zadzialalo|sie udalo)"
        ),
    ),
    # Self-harm in its other forms.
    Rule(
        "self_harm",
        (
            "(?:ciecia|naciecia|rany|kreski|sznyty|blizny) (?:na"
            "|po) (?:nogach|udach|rekach|nadgarstkach|przedramieniu"
            "|przedramionach|brzuchu|biodrach)"
        ),
    ),
    Rule(
        "self_harm",
        (
            "(?:robie|robilem|robilam|zrobilem|zrobilam|znowu robie)"
            " (?:sobie )?(?:znowu |znow |dalej |ciagle )?(?:ciecia"
            "|naciecia|sznyty|kreski)"
        ),
    ),
    Rule(
        "self_harm",
        (
            "(?:zyletka|zyletke|ostrze|nozyk|temperowka|zyletki)(?:"
            " [^ ]+)? (?:znowu |znow |juz )?(?:wyjeta|wyjete|wyciagnieta"
            "|wyciagnalem|wyciagnelam|na wierzchu|w rece|z szuflady)"
        ),
    ),
    Rule(
        "self_harm",
        (
            "(?:walilem|walilam|uderzalem|uderzalam|bilem|bilam|tluklem"
            "|tluklam|walnalem|walnelam) (?:piescia |glowa |reka"
            " |rekami )?(?:w sciane|w lustro|w drzwi|w mur|o sciane)(?:"
            " [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:az|do krwi|zrobilbym"
            "|zrobilabym|jeszcze raz|krwawily|popekaly)"
        ),
    ),
    Rule(
        "self_harm",
        (
            "(?:knykcie|kostki|piesci|dlonie|rece) (?:mi )?(?:popekaly"
            "|krwawily|we krwi|w krwi|zakrwawione|rozwalone)"
        ),
    ),
    Rule(
        "self_harm",
        (
            "(?:poparzylem|poparzylam|przypalilem|przypalilam|przypalam"
            "|oparzylem|oparzylam) (?:sie|sobie)"
        ),
    ),
    # Someone else at risk.
    Rule(
        "other_at_risk",
        (
            "(?:zyletke|zyletki|zyletka|ostrza|plastry i)(?: [^ ]+)?(?:"
            " [^ ]+)?(?: [^ ]+)? (?:w jej|w jego|u niej|u niego|pod"
            " jej|pod jego) (?:pokoju|lozku|szufladzie|plecaku|piornik[^"
            " ]*|torbie|kosmetyczce)"
        ),
    ),
    Rule(
        "other_at_risk",
        (
            "(?:dzieki za wszystko|dziekuje za wszystko|trzymaj sie"
            "|przepraszam za wszystko|sorry za wszystko|zegnajcie)(?:"
            " .*)? (?:nie odbiera|nie odpisuje|nie odpowiada|telefon"
            " wylaczony|co mam robic|co robic|a jak (?:on|ona) cos"
            "|zeby sobie)"
        ),
    ),
    Rule(
        "other_at_risk",
        (
            "(?:w jej|w jego|u niej|u niego|w pokoju corki|w pokoju"
            " syna) (?:pokoju|szufladzie|plecaku|piornik[^ ]*|torbie"
            "|kosmetyczce|lozku)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
            " (?:zyletke|zyletki|ostrza z temperowki|ostrza)"
        ),
    ),
    # Danger.
    Rule(
        "danger",
        (
            "(?:ze|mowi ze|mowil ze|grozi ze|napisal ze|ze jak) (?:nastepnym"
            " razem|nastepnym razem to|nastepny raz)(?: [^ ]+)? (?:nie"
            " przestanie|sie nie zatrzyma|nie skonczy na tym|nie"
            " bedzie sie hamowal|mnie zabije)"
        ),
    ),
    Rule(
        "danger",
        (
            "(?:dzwoni|dobija sie|wali|puka|lomocze) (?:do drzwi"
            " )?(?:juz )?od(?: [^ ]+)?(?: [^ ]+)? (?:zamkniete|zamknelam"
            "|zgaszone|wie ze jestem|boje|policj[^ ]*)"
        ),
    ),
    Rule(
        "danger",
        (
            "(?:on|ona)? ?wie ze (?:jestem|tu jestem|jestem w domu"
            "|jestem u siebie)(?= $| wie| boje| co| pomoc)"
        ),
    ),
    Rule(
        "danger",
        (
            "(?:wyslal|przyslal|podeslal|wrzucil|wyslala|przyslala)(?:"
            " [^ ]+)?(?: [^ ]+)? (?:zdjecie|zdjecia|fotke|foto|fotki)"
            " (?:mojej|mojego|moich|naszej|naszego|naszych) (?:klatki"
            "|drzwi|domu|okna|okien|mieszkania|bloku|auta|samochodu"
            "|balkonu|furtki|skrzynki)"
        ),
    ),
    Rule(
        "danger",
        (
            "(?:grozi|grozil|grozila|zagrozil)(?: [^ ]+)?(?: [^ ]+)?"
            " (?:ze )?(?:nie odda|zabierze|porwie|wywiezie|nie zwroci)(?:"
            " [^ ]+)? (?:dzieci|dziecko|syna|corke|mala|malego)"
        ),
    ),
    Rule(
        "danger",
        (
            "(?:juz )?(?:ich|jej|go) (?:juz )?(?:nie zobacze|nigdy"
            " nie zobacze|wiecej nie zobacze)(?: [^ ]+)?(?: [^ ]+)?"
            " (?:jesli|jezeli|jak|gdy) (?:pojde|zglosze|powiem)"
        ),
    ),
    Rule(
        "danger",
        (
            "mnie (?:uderzyl|uderzyla|pobil|pobila|spoliczkowal|walnal"
            "|popchnal|kopnal|szarpal|dusil|przydusil|zdzielil|strzelil"
            " w twarz)"
        ),
    ),
    Rule(
        "danger",
        (
            "(?:stoi|stal|czeka|sterczy|parkuje)(?: [^ ]+)?(?: [^"
            " ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:kuko|kuka|patrzy|gapi"
            " sie|zaglada|lypie|wpatruje sie) (?:w|na|do) (?:moje"
            "|nasze|mojego) (?:okno|okna|okien|drzwi|mieszkania|balkon)"
        ),
    ),
    Rule(
        "danger",
        (
            "(?:boje sie|boja sie|boje sie juz|boja sie juz) (?:wyjsc"
            "|wychodzic|otworzyc)(?= $| z domu| na dwor| sama| sam"
            "| na zewnatrz)"
        ),
        ask=True,
    ),
)
_MORE_EXCEPTIONS = (
    (
        "mnie (?:uderzyl|uderzyla|walnal|walnela|kopnal|kopnela"
        "|popchnal|popchnela) (?:poduszka|recznikiem|gazeta|pilka"
        "|kapciem|w zarcie|niechcacy|przypadkiem|lekko)"
    ),
    # A character in a school novel, and "if it happens once more I'll drown myself xd".
    (
        "(?:co|ktory|ktora|ten|ta) sie (?:chcial|chciala|chce)"
        " (?:rzucic|zabic|powiesic|otruc|utopic|zastrzelic)"
    )
    + _W3,
    "jak (?:[^ ]+ )?(?:[^ ]+ )?jeszcze raz"
    + _WIN5
    + _WIN5
    + " (?:xd[^ ]*|haha[^ ]*|hah[^ ]*|lol|parter|heh[^ ]*|w rosole|w zupie|z nudow)",
    (
        "(?:zabije|zajebie|ukatrupie|udusze) cie (?:jak|jesli|jezeli"
        "|gdy|jakbys|jak tylko) (?:[^ ]+ )?(?:powiesz|pokazesz"
        "|wygadasz|wypaplesz|naskarzysz|piśniesz)(?: [^ ]+)? (?:tacie"
        "|mamie|rodzicom|starym|staremu|starej|komus|nauczyciel[^"
        " ]*|babci)"
    ),
)

_UP = "(?: [^ ]+)?" * 5
_TALE = (
    "(?:piosenk[^ ]*|piosence|utwor[^ ]*|kawalk[^ ]*|kawalek|film[^ ]*|serial[^ ]*|ksiazk[^ ]*"
    "|wiersz[^ ]*|linijk[^ ]*|refren[^ ]*|cytat[^ ]*)"
)
_R3_RULES = (
    Rule(
        "suicidal",
        "(?:koncze|skoncze|zakoncze|zakonczyc|skonczyc|konczyc) z (?:tym )?(?:wszystkim|zyciem"
        "|soba)"
        "(?: [^ ]+)?(?: [^ ]+)? (?:wiesz o co|rozumiesz|wiesz co mam na mysli|na zawsze)|(?:koncze"
        "|skoncze|zakoncze|skonczyc|zakonczyc) z (?:moim )?(?:zyciem|soba)",
    ),
    Rule(
        "suicidal",
        "(?:koncze|skoncze|zakoncze) z tym wszystkim|po co (?:dalej |to |to dalej |jeszcze |w ogole"
        " )?"
        "(?:ciagnac|zyc|sie meczyc|sie starac|wstawac|walczyc|trwac)|podaj (?:mi )?(?:jeden |choc"
        " jeden |jakis )?powod (?:zeby|by|dla ktorego|do) (?:zyc|zycia|zostac|zyl|zyla)?",
        ask=True,
    ),
    Rule(
        "suicidal",
        "(?:tory|torow|most|mostu|dach|dachu|przepasc|woda|rzeka|pociag|wiadukt)[^ ]*(?: [^ ]+)?"
        "(?: [^ ]+)? mnie (?:ciagna|ciagnie|kusi|kusza|wola|wolaja|przyciaga|przyciagaja)",
        ask=True,
    ),
    Rule(
        "suicidal",
        "(?:wpisal[^ ]*|wygooglowal[^ ]*|szukal[^ ]*|sprawdzal[^ ]*|googlowal[^ ]*|czytal[^ ]*"
        "|sprawdzil"
        "[^ ]*)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:najszybszy|najpewniejszy|bezbolesny|najmniej"
        " bolesny|skuteczny|najskuteczniejszy) sposob",
        ask=True,
    ),
    Rule(
        "plan",
        "jak (?:to |sie )?(?:zrobie|zrobic|zrobilabym|zrobilbym|to zrobie)(?: [^ ]+)?(?: [^ ]+)?"
        " (?:jeszcze nie|tylko nie|ale nie|jeszcze nie wiem) (?:kiedy|wiem kiedy)|(?:wiem|mam)"
        " (?:juz )?"
        "(?:jak i kiedy|gdzie i kiedy|jak i gdzie|kiedy i jak)",
    ),
    Rule(
        "passive",
        "(?:bylby|byloby|bylaby|bedzie|bylyby|byliby|bylo by) (?:[^ ]+ )?(?:[^ ]+ )?(?:lzejszy|lzej"
        "|lepszy|lepiej|prosciej|latwiej|spokojniej|szczesliwsz[^ ]*|lzejsze|lepsze|lzejsza|lepsza)"
        " beze mnie|beze mnie (?:[^ ]+ )?(?:bylby|byloby|bylaby|bedzie|bylo|byliby|bylyby) (?:[^ ]+"
        " )?"
        "(?:lzej|lepiej|prosciej|latwiej|spokojniej|lepszy|lzejszy|lepsza|lepsze)",
    ),
    Rule(
        "passive",
        "nie boje sie (?:juz )?(?:smierci|umierania|umrzec)|(?:juz )?sie nie boje (?:smierci"
        "|umierania)"
        "|(?:by|bylaby|byla by|bylo by|bedzie) (?:byla |to )?ulga (?:gdyby|jakby|jak|zeby) (?:[^ ]+"
        " )?"
        "(?:samo|to sie|umre|umarla|umarl|przyszlo|skonczylo|mnie)",
        ask=True,
    ),
    Rule(
        "passive",
        "(?:samolot|pociag|autobus|auto|samochod|tir)[^ ]*(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^"
        " ]+)?"
        " (?:spadl|spadnie|rozbil|rozbije|rozbilby|wykolei|potracil|potraci|rozjechal|rozjedzie"
        "|przejechal|przejedzie)" + _UP + " nie (?:mialabym|mialbym|mam|bede mial|bede miala|mialam"
        "|mialem) nic przeciwko|nie (?:mialabym|mialbym) nic przeciwko(?: [^ ]+)? (?:umrzec|smierci"
        "|sie nie obudzic|nie obudzic|zeby mnie|gdyby mnie|jakby mnie)",
    ),
    Rule(
        "plan",
        "(?:zawiozl|oddal|zostawil|zaprowadzil|podrzucil|przekazal|dal|oddam|zawioze|oddalam)[^ ]*"
        " (?:[^ ]+ )?" + _PET + " (?:do|u|dla) (?:siostry|brata|mamy|taty|babci|sasiadki|sasiada"
        "|cioci|przyjaciolki|kolezanki|rodzicow|kumpla|przyjaciela)|(?:zeby|by|niech) (?:ktos )?"
        "(?:wiedzial|wiedziala|wiedzieli) ze (?:probowalam|probowalem|sie staralam|sie staralem)"
        "|(?:posprzatal|uporzadkowal|poukladal|rozdal)[^ ]* (?:wszystkie |swoje |moje )?(?:rzeczy"
        "|sprawy|ciuchy)",
        ask=True,
    ),
    Rule(
        "plan",
        "(?:wyslal|napisal|zostawil|wysle|napisze)[^ ]*(?: [^ ]+)?(?: [^ ]+)? ostatni[^ ]*"
        " (?:wiadomosc"
        "|list|sms|mail|slowa|raz)|(?:ustawil|zaplanowal)[^ ]* (?:[^ ]+ )?(?:wysylke|wysylanie"
        "|wiadomosc|maila|mail|post)|zaplanowan[^ ]* (?:wysylk[^ ]*|mail[^ ]*|wiadomosc[^ ]*|post"
        "[^ ]*)",
        ask=True,
    ),
    Rule(
        "plan",
        "(?:obok mnie|przede mna|na stole|przy mnie|pod reka|na biurku|przy lozku)(?: [^ ]+)?"
        " (?:stoi|stoja|leza|lezy|mam|czeka|czekaja)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? "
        + _PILLS
        + "|"
        + _PILLS
        + "(?: [^ ]+)?(?: [^ ]+)? (?:leza|lezy|stoja|sa|czekaja) (?:juz |teraz )?"
        "(?:obok mnie|przede mna|na stole|na biurku|przygotowan[^ ]*|gotow[^ ]*)|jak nic sie nie"
        " zmieni(?: [^ ]+)?(?: [^ ]+)? (?:zrobie|to zrobie|skoncze|odejde)",
    ),
    Rule(
        "plan",
        "(?:siedze|siedzialam|siedzialem|jestem|siedzimy) w (?:aucie|samochodzie|wozie|furze) w"
        " garazu"
        "|garaz[^ ]*(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? silnik|waz (?:[^ ]+ )?(?:do )?rury"
        " wydechowej",
    ),
    Rule(
        "plan",
        "(?:sprawdzil|szukal|znalazl|ogladal|zaznaczyl|wygooglowal)[^ ]*(?: [^ ]+)? (?:gdzie sa "
        "|gdzie"
        " )?(?:zyly|zyle|tetnice|tetnica|zylach)|(?:noz|nozyk|zyletka|zyletki|ostrze|zyletke"
        "|emj_knife"
        "|brzytwa|nozyczki)[^ ]* (?:lezy|leza|jest|sa|mam) (?:juz |teraz )?(?:obok mnie|przy mnie|w"
        " lozku|pod poduszka|w piorniku|w kieszeni|gotow[^ ]*|przygotowan[^ ]*)",
    ),
    Rule(
        "self_harm",
        "(?:wale|walnelam|walnalem|walilam|walilem|uderzam|uderzalam|tluke|walic|uderzac) (?:[^ ]+"
        " )?"
        "glowa (?:w|o) (?:sciane|sciany|drzwi|podloge|lustro|szafke) (?:az|dopoki|zeby|by|do krwi)",
    ),
    Rule(
        "self_harm",
        "(?:specjalnie|celowo|umyslnie|naumyslnie|z premedytacja)(?: sobie| sie)?(?: [^ ]+)?(?: [^"
        " ]+)?"
        " (?:przytrzasnel|oparzyl|poparzyl|przypalil|skaleczyl|pocial|podrapal|zranil|ugryzl"
        "|rozcial"
        "|zlamal|przytrzasn|przypal|oparz)[^ ]*|(?:przytrzasnel|oparzyl|poparzyl|przypalil"
        "|skaleczyl"
        "|pocial|podrapal|zranil|rozcial)[^ ]* (?:sobie|sie)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
        " (?:specjalnie|celowo|umyslnie|naumyslnie)",
    ),
    Rule(
        "danger",
        "(?:ciagle|codziennie|znowu|wciaz|caly czas|co wieczor|co rano|nocami|ciagle) (?:[^ ]+ )?"
        "(?:parkuje|stoi|czeka|kreci sie|czatuje|waruje|przychodzi|przyjezdza|wystaje) pod (?:moj[^"
        " ]*"
        "|domem|blokiem|praca|oknami)|pod (?:moj[^ ]*) [^ ]+ (?:i )?(?:tylko )?(?:patrzy|obserwuje"
        "|gapi sie|sie gapi|czeka)",
    ),
    Rule(
        "danger",
        "(?:dzwoni|dobija sie|puka|wali|tlucze sie|lomocze|dobijal sie)(?: [^ ]+)?(?: do drzwi"
        "| domofonem| w drzwi| do mnie)? od (?:[^ ]+ )?(?:min|minut|godziny|godzin|pol godziny)",
    ),
    Rule(
        "danger",
        "(?:wysyla|przysyla|wyslal|przyslal|wysylal|przysylal)[^ ]* (?:mi )?(?:zdjecia|zdjecie|foty"
        "|fotki) (?:mojego|mojej|moich|moje|mnie|pod) [^ ]+|z (?:obcych|roznych|nowych|nieznanych"
        "|zastrzezonych|ukrytych|coraz to nowych) numerow",
    ),
    Rule(
        "danger",
        "wiem gdzie (?:jestes|mieszkasz|pracujesz|spisz|sie ukrywasz|teraz jestes)",
        ask=True,
    ),
    Rule(
        "other_at_risk",
        "(?:ze|iz) (?:chce|zamierza|moze|planuje|chcial|chciala) (?:sobie )?(?:cos )?(?:zrobic"
        "|zrobic"
        " sobie cos|sobie zrobic)(?: cos)?(?= (?:zlego|przez|bo|i|co|$)| $)",
    ),
    Rule(
        "suicidal",
        "(?:bedziecie|bedziesz|bedzie|bedziemy) (?:mieli |miec |mial |miala |mialy )?(?:ode mnie"
        " spokoj|spokoj ode mnie)|(?:niedlugo|wkrotce|zaraz|juz niedlugo|w koncu) (?:sie )?"
        "(?:pozbedziecie|uwolnicie|pozbedziesz|uwolnisz) (?:sie )?(?:ode mnie|mnie)",
    ),
    Rule(
        "other_at_risk",
        "(?:jedzie|idzie|pojedzie|pojdzie|wyjezdza|poszedl|pojechal|poszla|pojechala)"
        + _UP
        + " i (?:juz )?nie (?:wroci|wraca|wrocil|wrocila)",
        ask=True,
    ),
)
_R3_EXCEPTIONS = (
    "ale nie (?:chce|che) zyc (?:chce|che) (?:tylko|jedynie|zeby|po prostu|tylko zeby)",
    "(?:zawsze|ciagle|kiedys|czesto|wiecznie) (?:gadal|gadala|mowil|mowila|powtarzal|powtarzala"
    "|straszyl|straszyla|pisal|pisala)" + _UP + " (?:ale|a) (?:to )?(?:bylo|byly|to)"
    " (?:[^ ]+ )?(?:pieprzenie|gadanie|gadki|bzdury|manipulacja|szantaz|sciema|teatr|pierdolenie"
    "|gadka|sciemy)",
    "(?:chcialam|chcialem) (?:umrzec|sie zabic|zginac)(?: [^ ]+)? (?:dzis|dzisiaj|teraz|a dzis|a"
    " teraz|a dzisiaj) (?:jestem|mam|zyje|ciesze)",
    "(?:zabije|zajebie|udusze) cie (?:wydarla|wydarl|krzyknela|krzyknal|wrzasnela|wrzasnal"
    "|powiedziala|powiedzial|rzucila|rzucil|darla|darl)(?: sie)? (?:moja |mi |na mnie )?"
    "(?:wspollokatorka|wspollokator|mama|siostra|brat|kolezanka|kolega|przyjaciolka|babcia"
    "|szefowa|szef|tata|corka|syn|wspolokatorka)",
    _TALE + _UP + "(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:nie (?:chce|che) (?:juz )?zyc|chce umrzec"
    "|chce sie zabic)",
    "(?:byl|byla) (?:[^ ]+ )?(?:agresywn[^ ]*|brutaln[^ ]*|niebezpieczn[^ ]*)(?: [^ ]+)?(?: [^ ]+)?"
    "(?: [^ ]+)? (?:lat|lata|rok|miesiecy) temu",
)


RECOGNIZER = Recognizer(
    lang="pl",
    rules=(
        # --- suicidal: killing oneself, said as a wish, a plan or a thought
        Rule("suicidal", f"{_KILL_SELF} sie|sie {_W}{_KILL_SELF}"),
        Rule(
            "suicidal",
            "(?:mysle|myslalam|myslalem|mysli|mysl|mysle sobie|zastanawiam sie|rozwazam|planuje"
            "|popelnie|popelnic|chce popelnic|mysle nad|marze o) (?:[^ ]+ )?(?:o |nad )?samoboj[^"
            " ]*",
        ),
        Rule(
            "suicidal",
            "(?:mysli|mysl|sklonnosci|tendencje|zapedy|zamiary|plany|proby) samobojcz[^ ]*"
            "|samobojczyni|samobojca",
        ),
        Rule(
            "suicidal",
            "nie (?:chce|che|chcem|chcę) (?:[^ ]+ )?(?:juz |wiecej |dalej )?zyc|nie chce mi sie"
            " (?:juz )?zyc|(?:nie mam|nie widze) (?:po co|dla kogo|powodu zeby|sensu) (?:dalej"
            " )?zyc",
        ),
        Rule(
            "suicidal",
            "(?:chce|che|chcę|chcialabym|chcialbym|chcialam|chcialem|wolalabym|wolalbym|wole"
            f"|pragne|marze zeby|mam ochote|ochote|musze|zamierzam|planuje) {_W}{_W}(?:umrzec"
            "|zdechnac|zginac|sie zabic|odejsc z tego swiata)",
        ),
        Rule(
            "suicidal",
            "(?:skoncze|skonczyc|skonczylem|skonczylam|skoncz|zakoncze|zakonczyc|koncze|konczyc)"
            " (?:[^ ]+ )?ze soba|ze soba (?:[^ ]+ )?(?:skoncze|skonczyc|zakoncze|zakonczyc)",
        ),
        Rule(
            "suicidal",
            "(?:skonczyc|skoncze|zakonczyc|zakoncze|konczyc|koncze|skonczyc raz na zawsze)(?: [^"
            " ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? z (?:zyciem|tym zyciem|moim zyciem"
            "|soba)",
        ),
        Rule("suicidal", "(?:skonczyc|skoncze|zakonczyc|zakoncze) z tym wszystkim", ask=True),
        Rule(
            "suicidal",
            "(?:odebrac|odbiore|odbierze|odebralem|odebrala|odebralam|odbierac|odebranie"
            "|odebraniu) (?:sobie |mi )?zycie",
        ),
        Rule(
            "suicidal",
            "(?:wszyscy|wszystkim|kazdy|kazdemu|rodzina|rodzinie|swiat|swiatu|wam|rodzicom"
            "|rodzice|ludzie|ludziom|bliscy|bliskim)"
            "(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:lepiej|latwiej|lzej|szczesliwsi"
            "|szczesliwszy)(?: [^ ]+)? (?:beze mnie|bez mnie)",
        ),
        Rule(
            "suicidal",
            "(?:beze mnie|bez mnie) (?:[^ ]+ )?(?:[^ ]+ )?(?:wszyscy|wszystkim|kazdy|swiat|swiatu"
            "|rodzina|rodzinie|wam|ludzie)(?: [^ ]+)? (?:lepiej|latwiej|lzej|szczesliwsi)",
        ),
        Rule(
            "suicidal",
            "jak (?:[^ ]+ )?(?:sie zabic|popelnic samobojstwo|umrzec|odebrac sobie zycie|sie"
            " powiesic|sie otruc|skonczyc ze soba|zabic sie|szybko umrzec|umrzec bez bolu)",
        ),
        Rule(
            "suicidal",
            "(?:rzuce|rzucic|rzucenia|rzucam|skocze|skoczyc|skoczenia|wyskocze|wyskoczyc|skakac"
            "|rzucil|rzucila|polozyc|poloze) (?:sie )?(?:[^ ]+ )?(?:pod pociag|pod auto|pod"
            " samochod|pod tramwaj|pod tira|pod ciezarowke|pod autobus|pod metro|z mostu|z dachu"
            "|z okna|z balkonu|z wiezowca|z bloku|z [0-9]+ pietra|z pietra|w przepasc|do wody|do"
            " rzeki|z klifu|na tory|z wiaduktu|z kladki)",
        ),
        Rule(
            "suicidal",
            "(?:podciac|podetne|podcielam|podcialem|podetnie|podcinac|przeciac|przetne) (?:sobie"
            " )?(?:[^ ]+ )?(?:zyly|zyle|gardlo|nadgarstk[^ ]*)|strzel[^ ]* sobie w (?:leb|glowe"
            "|skron)",
        ),
        Rule(
            "suicidal",
            "(?:ciezarem|ciezar|balastem|problemem) dla (?:wszystkich|rodziny|bliskich|innych"
            "|rodzicow|swiata)",
        ),
        Rule(
            "suicidal",
            "(?:mam|mialam|mialem|miec) (?:juz )?plan (?:[^ ]+ )?(?:jak |zeby )?(?:sie zabic"
            "|umrzec|skonczyc|to zakonczyc|ze soba skonczyc)",
        ),
        Rule(
            "suicidal",
            "cos ze soba zrobie|zrobie cos ze soba(?= $| bo| jak| jesli| jezeli| serio| naprawde|"
            " dzis| dzisiaj)",
            ask=True,
        ),
        # --- passive: wishing to be dead, not to wake up, to disappear for good
        Rule(
            "passive",
            "(?:nie|nigdy nie|juz nie|wiecej nie|zeby nie|zebym) (?:sie )?(?:juz |wiecej |nigdy "
            "|rano )?(?:obudzic|obudze|obudzilabym|obudzilbym|budzic|budzila|budzil)",
        ),
        Rule(
            "passive",
            "(?:zasnac|usnac|zasne|usne|spac|zasnela|zasnal)(?: [^ ]+)?(?: [^ ]+)? (?:na zawsze|i"
            " (?:juz )?(?:sie )?nie obudz[^ ]*|i nie wstac|wiecznie)",
        ),
        Rule(
            "passive",
            "(?:zniknac|zniknę|zniknac|znikne|zniknela|zniknal|przestac istniec|przestane istniec"
            "|rozplynac sie) (?:[^ ]+ )?(?:na zawsze|z tego swiata|ze swiata|na dobre|z"
            " powierzchni ziemi|raz na zawsze)",
        ),
        Rule(
            "passive",
            "(?:chce|che|chcę|chcialabym|chcialbym|wolalabym|wolalbym|wole|marze zeby|marze o tym"
            f" zeby) {_W}(?:zniknac|przestac istniec|nie istniec|nie zyc|sie nie obudzic|zasnac na"
            " zawsze)",
        ),
        Rule("passive", "(?:chce|chcialabym|chcialbym|marze|musze) (?:[^ ]+ )?zniknac", ask=True),
        Rule(
            "passive",
            "(?:wolalabym|wolalbym|wole|chce|chcialabym|chcialbym|lepiej) (?:[^ ]+ )?(?:nie"
            " istniec|nie zyc|byc martw[^ ]*|umrzec)|przestac istniec|(?:nie chce|nie chcę)"
            " (?:juz )?istniec",
        ),
        Rule(
            "passive",
            "(?:zaluje|szkoda|lepiej|wolalabym|wolalbym|oby|zalowac) (?:[^ ]+ )?(?:[^ ]+ )?(?:[^"
            " ]+ )?(?:urodzil[^ ]*|urodzic|na swiat)",
        ),
        Rule(
            "passive",
            "(?:gdybym|jakbym|jesli|jezeli|jak) (?:[^ ]+ )?(?:umarl|umarla|umre|zginal|zginela"
            "|zgine|zdechl|zdechla|mnie zabraklo|mnie nie bylo)(?: [^ ]+)?(?: [^ ]+)?(?: [^"
            " ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:ok|okej|dobrze|lepiej|obojetne|wszystko jedno|nikt"
            "|spoko|trudno|nie szkoda|nikogo|nic by sie|lepiej by|nikt by)",
        ),
        Rule(
            "passive",
            "(?:gdybym|jakbym) (?:[^ ]+ )?(?:umarl|umarla|zginal|zginela|zdechl|zdechla)",
            ask=True,
        ),
        Rule(
            "passive",
            "(?:oby|niech|jakby|gdyby|zeby|chcialabym|chcialbym|marze|fajnie by bylo|byloby"
            " dobrze|modle sie)(?: [^ ]+)?(?: [^ ]+)? (?:mnie|mie) (?:[^ ]+ )?(?:[^ ]+"
            " )?(?:przejechal|przejechala|przejedzie|potracil|potracila|potraci|rozjechal"
            "|rozjechala|rozjedzie|zabil|zabila|zabije|przejechalo|potracilo)",
        ),
        Rule(
            "passive",
            "po co (?:w ogole |wogole |dalej |jeszcze |mam |ja )?(?:zyc|zyje|zyjesz|mam zyc|ja"
            " zyje|to zycie)",
        ),
        Rule(
            "passive",
            "(?:mam dosc|mam dość|dosc mam|zmeczona|zmeczony|zmeczenie|nie chce mi sie|mam"
            " serdecznie dosc|dosc) (?:[^ ]+ )?(?:zycia|zyciem|zyc|tego zycia|istnienia)",
        ),
        Rule(
            "passive",
            "(?:nie widze|nie widzi|nie widzimy|nie ma|brak) (?:[^ ]+ )?sensu (?:zycia|zyc|w"
            " zyciu|istnienia|dalej zyc|dalszego zycia)",
        ),
        Rule(
            "passive",
            "(?:nie widze|nie ma) (?:juz )?(?:zadnego )?sensu(?= $)|(?:juz )?nie daje rady(?= $)"
            "|nie mam sil(?:y)?(?= $| zyc| na nic| juz)",
            ask=True,
        ),
        Rule(
            "passive",
            "(?:nie moge|nie umiem|nie potrafie) zyc bez (?:niego|niej|ciebie)",
            ask=True,
        ),
        Rule(
            "passive",
            "(?:nikt|nikomu)(?: [^ ]+)? (?:by )?(?:nie )?(?:zauwazyl|zauwazy|zatesknil"
            "|zatesknilby|brakowalo|zaplakal|plakal)(?: [^ ]+)?(?: [^ ]+)? (?:mnie|gdybym|jakbym"
            "|jakby mnie)",
            ask=True,
        ),
        Rule(
            "passive",
            "(?:najchetniej|najlepiej|wolalabym|wolalbym|chetnie|chcialabym|chcialbym|oby) (?:[^"
            " ]+ )?(?:bym )?(?:umarla|umarl|zdechla|zdechl|nie zyla|nie zyl|zginela|zginal)",
        ),
        Rule(
            "suicidal",
            "(?:nie dam rady|nie umiem|nie potrafie|nie moge|nie chce|nie chcę) (?:juz"
            " )?(?:dluzej|dalej|wiecej) zyc",
        ),
        Rule(
            "passive",
            "(?:chce|chcę|musze) to (?:wszystko )?(?:zakonczyc|skonczyc)|mam dosc wszystkiego(?="
            " $| i| chce)",
            ask=True,
        ),
        # --- plan: the means at hand, pills taken, a high place, goodbyes
        Rule(
            "plan",
            "(?:polknal|polknela|polknalem|polknelam|polknac|lyknal|lyknela|lyknelam|lyknalem"
            "|lyknac|wzial|wziela|wzialem|wzielam|wezme|wziac|lykam|polykam|zazylem|zazylam|zazyc"
            "|nalykalam|nalykalem|nalykal|nalykala|lyknelam) (?:[^ ]+ )?(?:[^ ]+ )?(?:cal[^ ]*"
            "|wszystk[^ ]*|[1-9][0-9]+|kilkadziesiat|dwadziescia|trzydziesci|czterdziesci"
            "|piecdziesiat|sto|garsc|opakowanie|paczk[^ ]*|listek|listki|blister|duzo|mase|pelno"
            f"|kupe|pol opakowania|tyle)(?: [^ ]+)?(?: [^ ]+)? {_PILLS}",
        ),
        Rule(
            "plan",
            "(?:nalykalam|nalykalem|nalykal|nalykala|nalykac|nazeralam|nazeralem|nazarlam"
            f"|nazarlem) (?:sie )?(?:[^ ]+ )?{_PILLS}",
        ),
        Rule(
            "plan",
            f"{_PILLS}(?: [^ ]+)?(?: [^ ]+)? (?:przed soba|obok mnie|w rece|w reku|na stole"
            "|przygotowane|gotowe|odlozone|zebrane|naszykowane|w dloni|przy lozku|wysypane|na"
            " lozku)",
        ),
        Rule(
            "plan",
            "(?:zbieram|zbieralam|zbieralem|chomikuje|odkladam|odkladalam|uzbieralam|uzbieralem"
            f"|nazbieralam|nazbieralem|gromadze) (?:[^ ]+ )?{_PILLS}",
        ),
        Rule("plan", "(?:przedawkuje|przedawkowac|przedawkowalam|przedawkowalem|przedawkowuje)"),
        Rule(
            "plan",
            "(?:stoje|siedze|jestem|wszedlem|weszlam|wlazlam|wlazlem|stoje sobie|siedze sobie)(?:"
            " [^ ]+)?(?: [^ ]+)? (?:na|nad|przy krawedzi|na krawedzi|na skraju) (?:[^ ]+ )?"
            "(?:moscie|most|dachu|krawedzi|parapecie|balkonie|wiezowcu|klifie|torach|barierce"
            "|skraju|wiadukcie|kladce|urwisku|gzymsie|oknie)[^ ]*"
            "(?: [^ ]+)*? (?:w dol|na dol|skocze|skoczyc|skakac|wysoko|pietro|pietra|pietrze"
            "|spasc|spadne|przepasc|emj_bridge|rzeke|rzeka|wode|woda|w przepasc|nizej|pode mna)",
        ),
        Rule(
            "plan",
            "(?:stoje|siedze|jestem|wszedlem|weszlam|wlazlam|wlazlem) (?:[^ ]+ )?(?:na|nad) (?:[^"
            " ]+ )?(?:moscie|dachu|parapecie|wiezowcu|klifie|barierce|wiadukcie|urwisku"
            "|gzymsie)[^ ]*",
            ask=True,
        ),
        Rule("plan", "(?:stoje|siedze|jestem|leze|lezę|czekam) (?:[^ ]+ )?na torach"),
        Rule(
            "plan",
            "(?:to|to jest|to juz|oto|to bedzie) (?:[^ ]+ )?(?:moja )?ostatni[^ ]* (?:wiadomosc"
            "|wiadomość|sms|mail|wpis|slowa)|moje ostatnie slowa",
        ),
        Rule(
            "plan",
            "(?:napisalem|napisalam|pisze|mam|zostawilam|zostawilem|zostawie|napisze"
            "|przygotowalam|przygotowalem|moj|mój) (?:[^ ]+ )?(?:[^ ]+ )?(?:list|liscik|listy)[^"
            " ]* pozegnaln[^ ]*|(?:moj|mój) (?:[^ ]+ )?pozegnaln[^ ]* (?:list|liscik)",
        ),
        Rule(
            "plan",
            "(?:list|liscik|wiadomosc|wiadomosci|sms|smsa|filmik|nagranie|post|wpis)[^ ]*"
            " pozegnaln[^ ]*|pozegnaln[^ ]* (?:list|liscik|wiadomosc|wiadomosci|sms|smsa|filmik"
            "|nagranie|post|wpis)",
            ask=True,
        ),
        Rule(
            "plan",
            "pozegnal[^ ]*(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
            " (?:nie odbiera|nie odpisuje|nie odpowiada|wylaczony telefon|wylaczyl telefon"
            "|wylaczyla telefon|nie mozna sie dodzwonic|nie da sie dodzwonic|nie odbiera"
            " telefonu)",
        ),
        Rule(
            "plan",
            "zegnajcie|zegnam (?:sie )?(?:z wami|ze wszystkimi|na zawsze|ze swiatem|was"
            " wszystkich)|pozegnac sie ze (?:swiatem|wszystkimi)|(?:zegnaj|zegnajcie) swiecie",
        ),
        Rule(
            "plan",
            "(?:kupilem|kupilam|mam|przygotowalem|przygotowalam|zawiazalem|zawiazalam|zrobilem"
            "|zrobilam|kupie|zawiesilem|zawiesilam|przywiazalem|przywiazalam) (?:[^ ]+ )?(?:sznur"
            "|sznurek|petle|stryczek|line)[^ ]*|stryczek|petl[^ ]* na szyi",
        ),
        Rule("plan", "(?:emj_rope|emj_pill|emj_grave)", ask=True),
        Rule(
            "plan",
            "(?:zyletk|zyletki|noz|nozem|brzytw|ostrze|ostrza)[^ ]* (?:[^ ]+ )?(?:w rece|w reku"
            "|przy nadgarstku|na nadgarstku|przy szyi|przygotowan[^ ]*|gotow[^ ]*|przed soba|w"
            " dloni)|(?:kupilam|kupilem|mam|schowalam|schowalem|trzymam|chowam) (?:[^ ]+"
            " )?zyletk[^ ]*",
        ),
        Rule(
            "plan",
            "(?:oddalam|oddalem|oddam|zostawilam|zostawilem|dalam|dalem|oddaje)[^ ]* (?:[^ ]+"
            " )?(?:kota|psa|kotka|pieska|zwierzaki|chomika|rybki|kotke|suczke)(?: [^ ]+)*? (?:nie"
            " bedzie|juz mnie|mnie nie)",
        ),
        Rule(
            "plan",
            "(?:jutro|dzis|dzisiaj|niedlugo|wkrotce|zaraz|wieczorem|w nocy) (?:[^ ]+ )?mnie"
            " (?:juz )?nie bedzie",
            ask=True,
        ),
        Rule(
            "plan",
            "(?:kiedy|jak|gdy) mnie juz nie bedzie|(?:rozdalam|rozdalem|oddalam|oddalem) (?:[^ ]+"
            " )?(?:wszystkie )?(?:swoje |moje )?rzeczy",
        ),
        Rule("plan", "(?:zaraz|teraz|dzis|dzisiaj|juz) (?:[^ ]+ )?skocze|skocze(?= $)", ask=True),
        # --- self_harm: cutting, burning, hitting oneself
        Rule(
            "self_harm",
            "(?:tne|ciac|pociac|pocielam|pocialem|ciachnac|ciachnelam|ciachnalem|naciac|nacielam"
            "|nacialem|cielam|cialem|tnę|pociete|pociety|pocieta|ciac|ciecie|ciecia) (?:sie"
            "|sobie)",
        ),
        Rule(
            "self_harm",
            f"(?:sie|sobie) {_W}(?:tne|tnę|ciac|pociac|pocielam|pocialem|cielam|cialem|nacielam"
            "|nacialem|ciachnelam|ciachnalem)",
        ),
        Rule(
            "self_harm",
            "(?:pocielam|pocialem|podcielam|podcialem|nacielam|nacialem|rozcielam|rozcialem"
            "|pociac|naciac|rozciac|cielam|cialem|tne|ciac|pocial|pociela|nacial|naciela)"
            " (?:sobie )?(?:[^ ]+ )?(?:nadgarst|zyly|zyl|reke|rece|uda|udo|przedramie"
            "|przedramiona|nogi|skore|brzuch)[^ ]*",
        ),
        Rule("self_harm", "samookalecz(?:am|asz|ylam|ylem|alam|alem|ac|yc)"),
        Rule("self_harm", "samookalecz[^ ]*", ask=True),
        Rule(
            "self_harm",
            "(?:robie|robic|zrobie|zrobic|zrobilam|zrobilem|robilam|robilem|zrobil|zrobila|robi)"
            " sobie (?:[^ ]+ )?krzywd[^ ]*",
        ),
        Rule(
            "self_harm",
            "(?:zrobie|zrobic|zrobilam|zrobilem|moge zrobic|zrobilabym) sobie cos(?= $| zlego|"
            " zlego| bo| jak| jesli| jezeli| serio| naprawde| dzis| dzisiaj| zaraz)",
        ),
        Rule(
            "self_harm",
            "(?:przypal|poparz|oparz)[^ ]* (?:[^ ]+ )?(?:[^ ]+ )?(?:[^ ]+ )?(?:specjalnie|celowo"
            "|papierosem|fajka|fajkiem|zapalniczka|zeby poczuc|zeby nie czuc|za kare)"
            "|(?:specjalnie|celowo) (?:[^ ]+ )?(?:[^ ]+ )?(?:przypal|poparz|oparz|pocie|pocia"
            "|zrani|uderz|okalecz|skaleczy)[^ ]*",
        ),
        Rule(
            "self_harm",
            "(?:glowa|glowe|piescia|piesciami|reka|rekami|czolem)[^ ]* (?:[^ ]+ )?(?:w|o)"
            " (?:sciane|sciany|drzwi|lustro|szafe)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
            " (?:krew|krwi|krwawil[^ ]*|do krwi|siniak[^ ]*|krwawi)",
        ),
        Rule(
            "self_harm",
            "(?:ochot[^ ]*|potrzeb[^ ]*|ciagnie mnie|chce mi sie|mam chec|korci mnie) (?:[^ ]+"
            " )?(?:sie )?(?:ciac|pociac|do ciecia|samookalecz[^ ]*|zrobic sobie krzywde"
            "|przypalic)|(?:nawrot|wrocilam do|wrocilem do|znowu zaczelam|znowu zaczalem) (?:[^"
            " ]+ )?(?:ciecia|samookaleczania|samookaleczen|ciecia sie)",
        ),
        Rule(
            "self_harm",
            "(?:ranie|zranilam|zranilem|ranilam|ranilem|kalecze|okaleczam|okaleczylam|okaleczylem"
            "|bije|bilam|uderzam) (?:sie|siebie) (?:[^ ]+ )?(?:specjalnie|celowo|do krwi|zyletka"
            "|nozem|zeby|zeby nie)",
        ),
        Rule("self_harm", "(?:sie )?okalecz(?:am|ylam|ylem|alam|alem|yc|ac)"),
        # --- other_at_risk: someone else is suicidal or hurting themselves
        Rule(
            "other_at_risk",
            "(?:on|ona|ex|eks|byly|byla|brat|siostra|przyjaciolka|przyjaciel|kumpel|kumpela"
            "|kolezanka|kolega|mama|tata|chlopak|dziewczyna|syn|corka|kuzyn|kuzynka|ziomek"
            "|ziomal)[^ ]*(?: [^ ]+)?(?: [^ ]+)? (?:sie )?(?:zabije|powiesi|otruje|potnie|tnie"
            "|skoczy|rzuci|okalecza|pocial|pociela|pocieła|samookalecza|zabil|zabila|powiesil"
            "|powiesila)",
        ),
        Rule(
            "other_at_risk",
            "(?:sie|sobie) (?:tnie|pocial|pociela|okalecza|samookalecza|nacial|naciela)|(?:tnie"
            "|okalecza|samookalecza) sie",
        ),
        Rule(
            "other_at_risk",
            "(?:nalykal|nalykala|nalykali|nazarl|nazarla) (?:sie )?(?:[^ ]+ )?(?:tabletek|lekow"
            "|prochow|pigulek|proszkow)|(?:nalykal|nalykala) sie",
        ),
        Rule(
            "other_at_risk",
            "(?:zrobi|zrobil|zrobila) sobie (?:[^ ]+ )?(?:krzywd[^ ]*|cos(?= $| zlego| bo| jak|"
            " jesli))|(?:popelni|popelnil|popelnila|probowal|probowala|chce popelnic) (?:[^ ]+"
            " )?samobojstw[^ ]*",
        ),
        Rule(
            "other_at_risk",
            "(?:mowi|pisze|napisal|napisala|powiedzial|powiedziala|gada|wspomina|grozi|grozil"
            "|grozila|mowil|mowila|twierdzi)(?: [^ ]+)?(?: [^ ]+)? (?:ze )?(?:nie chce (?:juz"
            " )?zyc|chce umrzec|sie zabije|zabije sie|ze soba skonczy|skonczy ze soba|odbierze"
            " sobie zycie|nie widzi sensu)",
        ),
        # --- danger: threats, violence, stalking, weapons, fear for one's life
        Rule(
            "danger",
            f"{_HE}(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:mnie|nas|dzieci|mi|mie|mną|mna)"
            f" {_W}{_HURT}",
        ),
        Rule(
            "danger",
            "(?<!nie )(?:dusil|dusila|dusi|udusil|udusila|przydusil|przydusila|bil|bila|bije"
            "|pobil|pobila|uderzyl|uderzyla|kopnal|kopnela"
            "|kopie|skatowal|zgwalcil|popchnal|popchnela|szarpal|szarpala|szarpie|spoliczkowal"
            "|spoliczkowala|sledzi|sledzil"
            "|sledzila|nachodzi|nachodzil|nachodzila|zaatakowal|zaatakowala|napadl|wiezil"
            "|przycisnal|przycisnela|dzgnal"
            "|dzgnela|poturbowal|posiniaczyl|wpierdolil|zlal|zamknal|zamknela|pchnal|pchnela"
            "|rzucil|rzucila) (?:[^ ]+ )?(?:mnie|mna|nas|mie)",
        ),
        Rule(
            "danger",
            "(?:grozi|grozil|grozila|zagrozil|zagrozila|odgraza|odgrazal|odgrazala|grozba|grozby"
            "|groził)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
            " (?:zabije|zabic|zajebie|zajebac|pobije|pobic|zabierze (?:mi )?(?:dzieci|dziecko"
            "|corke|syna|mala|malego)|zabierze dzieci|zabrac dzieci|zabierze mi dzieci|odbierze"
            " dzieci|odbierze mi dzieci"
            "|skrzywdzi|skrzywdzic|podpali|podpalic|spali|zrobi krzywde|zrobi mi krzywde|zrobi"
            " nam krzywde|dopadnie|zastrzeli|zadzga|udusi"
            "|pozabija|porwie|porwac|zatlucze|wpierdoli|oblej|obleje kwasem|zniszczy mi twarz"
            "|zgwalci|ze mnie zabije|mnie zabije|mnie zajebie|mnie pobije)",
        ),
        Rule(
            "danger",
            "(?:zabije|zajebie|zatlucze|udusze|pobije|dopadne|znajde|zniszcze) (?:cie|cię|ciebie"
            "|was)(?! za| jak zjesz| jak nie| jak sie| jesli nie| lol| xd| haha)|(?:cie|cię)"
            " (?:zabije|zajebie|zatlucze|udusze|dopadne)(?! za| jak zjesz| lol| xd| haha)",
        ),
        Rule(
            "danger",
            "(?:nie moge|nie mogę|nie bede|nie będę|jak nie moge|jak ja nie moge) (?:[^ ]+ )?cie"
            " miec (?:[^ ]+ )?(?:[^ ]+ )?(?:[^ ]+ )?(?:nikt|nikomu|zaden|zadna)|(?:jestes"
            "|bedziesz) (?:moja|moj) albo (?:niczyja|niczyj|nikogo)|nikt (?:inny )?(?:cie )?nie"
            " bedzie (?:cie )?mial",
        ),
        Rule(
            "danger",
            "(?<!nie )(?:boje sie|boję się|strach|przerazona|przerazony|obawiam sie)(?: [^"
            " ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:mnie|nas|dzieciom|dzieci|mi) (?:[^ ]+ )?(?:zabije"
            "|skrzywdzi|pobije|zrobi krzywde|cos zrobi|dopadnie|znajdzie|uderzy|zabierze|udusi)",
        ),
        Rule(
            "danger",
            "(?<!nie )(?:boje sie|boję się|obawiam sie|strach|drze|drże) (?:[^ ]+ )?o (?:swoje "
            "|moje |wlasne )?(?:zycie|dzieci|bezpieczenstwo|corke|syna)",
        ),
        Rule(
            "danger",
            f"{_HE}(?: [^ ]+)?(?: [^ ]+)? (?:stoi|stal|stala|czeka|czekal|czekala|wystaje|wystawal"
            "|wystawala|kreci sie|krecil sie|siedzi|siedzial|dobija sie|dobijal sie|dzwoni|puka"
            "|walil|wali|lomocze|koczuje|czatuje|czail sie)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
            f" (?:pod|przed|u) (?:[^ ]+ )?{_PLACES}",
        ),
        Rule(
            "danger",
            "(?:w nocy|po nocach|od godziny|od rana|od [^ ]+ godzin|caly dzien|caly wieczor"
            "|codziennie|znowu|ciagle|godzinami|pol nocy|nocami|o [0-9]+ w nocy)(?: [^ ]+)?"
            " (?:stal|stala|stoi|czekal|czekala|czeka|krecil sie|kreci sie|wystawal|wystaje"
            "|siedzial|siedzi|dobijal sie|dobija sie|walil|wali) (?:pod|przed|u) (?:[^ ]+"
            f" )?{_PLACES}",
        ),
        Rule(
            "danger",
            "(?:stal|stala|stoi|czekal|czekala|czeka|krecil sie|kreci sie|wystawal|wystaje"
            "|siedzial|siedzi|dobijal sie|dobija sie|walil|wali) (?:pod|przed|u) (?:[^ ]+"
            f" )?{_PLACES}(?: [^ ]+)?(?: [^ ]+)? (?:w nocy|po nocach|od godziny|od rana|caly dzien"
            "|codziennie|znowu|ciagle|godzinami|nocami|boje sie|i dzwoni|i puka|i wali)",
        ),
        Rule(
            "danger",
            "(?:stoi|stal|stala|czeka|czekal|czekala|wystaje|kreci sie|dobija sie) (?:pod|przed)"
            f" (?:moimi |moim |moja |naszymi |naszym )?{_PLACES}",
            ask=True,
        ),
        Rule(
            "danger",
            "(?:jego|jej) (?:auto|samochod|wóz|woz|fura|furę|fure|motor)(?: [^ ]+)?(?: [^ ]+)?(?:"
            " [^ ]+)? (?:pod|przed|kolo|obok) (?:moja |moim |moimi |moją )?(?:praca|pracy|domem"
            "|blokiem|szkola|mieszkaniem|biurem|uczelnia)",
        ),
        Rule(
            "danger",
            "(?:pojawia|pokazuje|zjawia|pojawil|pojawila|zjawil|zjawila|pojawiaja)[^ ]* sie (?:[^"
            " ]+ )?(?:wszedzie|pod (?:moim|moimi|moja)|pod domem|pod blokiem|pod praca|w mojej"
            " pracy|u mnie|pod szkola)|wszedzie gdzie (?:jestem|ide|bywam|pojde)",
        ),
        Rule(
            "danger",
            "(?:zdjecie|zdjecia|fotke|fotki|foto|film|filmik|snap|nagranie)[^ ]* (?:[^ ]+"
            " )?(?:noza|nozem|nozy|broni|bronia|pistoletu|pistoletem|siekiery|siekiera|emj_knife"
            "|emj_gun|maczety|maczeta|spluwy)",
        ),
        Rule(
            "danger",
            f"{_HE} (?:[^ ]+ )?(?:ma|trzyma|kupil|kupila|pokazal|pokazala|wyciagnal|wyciagnela"
            "|wyjal|wyjela|nosi|schowal) (?:[^ ]+ )?(?:bron|pistolet|spluwe|gnata|strzelbe"
            "|maczete|siekiere|giwere|rewolwer)",
        ),
        Rule(
            "danger",
            "(?:wyciagnal|wyciagnela|wyjal|wyjela|przylozyl|przylozyla|przystawil|trzymal"
            "|trzymala|grozil|grozila|machal|rzucil sie z) (?:[^ ]+ )?(?:noz|nozem|bron|bronia"
            "|pistolet|maczete|siekiere)|(?:noz|nozem|ostrze|pistolet|lufe|bron) (?:[^ ]+ )?(?:do"
            " gardla|do szyi|do glowy|przy gardle|przy szyi|przy glowie|na gardle)",
        ),
        Rule(
            "danger",
            "(?:zlapal|zlapala|chwycil|chwycila|trzymal|trzymala|scisnal|scisnela|sciskal"
            "|sciskala|zacisnal|zacisnela) (?:mnie )?(?:[^ ]+ )?za (?:szyje|gardlo|kark)|(?:rece"
            "|dlonie|reke) na (?:mojej )?szyi",
        ),
        Rule(
            "danger",
            "(?:dzieci|dzieciom|dziecko|dziecku|corke|corce|syna|synowi|malego|mala)[^ ]* (?:[^"
            " ]+ )?(?:[^ ]+ )?(?:krzywde|zabije|porwie|zabierze (?:za granice|na zawsze|mi)"
            "|wywiezie|nigdy nie zobacze|nie zobacze wiecej)|(?:zrobi|zrobil) (?:im|dzieciom|mi"
            "|nam|dziecku|corce|synowi) (?:[^ ]+ )?krzywd[^ ]*",
        ),
        Rule(
            "danger",
            "(?:podpali|podpalic|podpalil|podpalila|spali|spalic|spalil|podpale) (?:mi |nam"
            " )?(?:[^ ]+ )?(?:mieszkanie|dom|auto|samochod|chate|chalupe|drzwi|mieszkania|domu)",
        ),
        Rule(
            "danger",
            "(?<!nie )(?:jest|byl|byla|robi sie|zrobil sie|staje sie|bywa) (?:[^ ]+"
            " )?(?:agresywny|agresywna|brutalny|brutalna|niebezpieczny|niebezpieczna|agresywn[^"
            " ]*)",
        ),
        Rule(
            "danger",
            "(?:wlamal|wlamala|wdarl|wdarla|wtargnal|wtargnela|wszedl sila|weszla sila)[^ ]*"
            " (?:[^ ]+ )?(?:do mnie|do mieszkania|do domu|do mojego)|(?:wywazyl|wywazyla|wywazal"
            "|wybil|kopal w) (?:[^ ]+ )?drzwi|(?:grozby|grozbe|grozbami) (?:karalne|smierci"
            "|zabicia|pozbawienia zycia)",
        ),
        Rule(
            "danger",
            "(?:lokalizator|nadajnik|airtag|gps|podsluch)[^ ]*(?: [^ ]+)?(?: [^ ]+)? (?:w aucie|w"
            " samochodzie|w torebce|w telefonie|w plecaku|mi|na telefonie)|(?:namierza|namierzyl"
            "|sledzi|lokalizuje) (?:[^ ]+ )?(?:moj|moja|mój) (?:telefon|lokalizacje|auto)",
        ),
        Rule(
            "danger",
            "(?:powiedzial|powiedziala|napisal|napisala|mowi|mowil|mowila|pisze|krzyczal"
            "|krzyczala|krzyczy|wrzeszczal|obiecal|obiecala|przysiagl|zapowiedzial|twierdzi"
            "|wyslal|wyslala|zagrozil)(?: mi)?(?: ze| ze jak| ze jesli)?(?: [^ ]+)?(?: [^ ]+)?"
            f" (?:mnie|nas|dzieci) {_W}(?:zabije|zajebie|zatlucze|udusi|pobije|skrzywdzi|dopadnie"
            "|zastrzeli|zadzga|znajdzie|podpali|zniszczy|porwie|zgwalci|wykonczy)",
        ),
        Rule(
            "danger",
            "cie (?:nie moge|nie mogę|nie bede|nie będę|nie moglem|nie moglam) miec (?:[^ ]+"
            " )?(?:[^ ]+ )?(?:nikt|nikomu|zaden|zadna)",
        ),
        Rule(
            "danger",
            "(?<!nie )(?<!nie )(?:ma|trzyma|kupil|kupila|pokazal|pokazala|wyciagnal|wyciagnela"
            "|wyjal|nosi|schowal|zalatwil) (?:[^ ]+ )?(?:bron|pistolet|spluwe|gnata|strzelbe"
            "|giwere|rewolwer|bron palna)(?! w grze| do gry| na strzelnicy)",
        ),
        Rule(
            "danger",
            "(?:grozi|grozil|grozila|zagrozil|zagrozila|straszy|straszyl|straszyla) (?:mi |mnie"
            " )?(?:[^ ]+ )?(?:nozem|bronia|pistoletem|siekiera|maczeta|smiercia|kwasem|spluwa)",
        ),
        Rule(
            "danger",
            "(?:wybil|wybila|rozbil|rozbila|zbil|zbila|roztrzaskal|wywazyl|wywazyla) (?:[^ ]+"
            " )?(?:szybe|szyby|okno|okna|drzwi|lusterko|szybe w)",
        ),
        Rule(
            "danger",
            "(?:chodzi|lazi|jezdzi|lazil|chodzil|chodzila|jezdzil|jezdzila|idzie|szedl|szla) za"
            " (?:mna|mną) (?:[^ ]+ )?(?:wszedzie|krok w krok|do domu|do pracy|po miescie"
            "|codziennie|caly czas|ciagle|od)",
        ),
        Rule("danger", "(?:emj_knife|emj_gun)", ask=True),
        Rule(
            "danger",
            "pozalujesz|(?:jeszcze )?(?:zobaczysz|popamietasz)(?= $| jeszcze| suko| ty)|(?:ja ci"
            "|jeszcze ci) (?:pokaze|dam)(?= $| suko)",
            ask=True,
        ),
        Rule(
            "danger",
            "(?<!nie )(?:boje sie|boję się|przeraza mnie|panicznie sie boje|strasznie sie boje"
            "|serio sie boje) (?:go|jej|eksa|exa|byłego|bylego|bylej)|(?<!nie )boje sie(?= $)",
            ask=True,
        ),
        Rule(
            "danger",
            "(?:wie|zna) (?:[^ ]+ )?gdzie (?:mieszkam|pracuje|jestem|sie ucze|mieszkamy)",
            ask=True,
        ),
        Rule("danger", "(?:siniak|siniaki|limo|podbite oko|podbitym okiem)[^ ]*", ask=True),
        Rule(
            "danger",
            "(?:nie moglam|nie moglem|nie moge) (?:zlapac )?(?:oddychac|tchu|powietrza)"
            "|(?:stalkuje|nęka|neka|nekal|nekala|przesladuje|przesladowal) (?:mnie|nas)",
            ask=True,
        ),
        # --- families that generalise beyond the training phrasings
        # The writer gone and the others relieved: "jakby mnie nie bylo", "gdybym zniknela".
        Rule(
            "passive",
            "(?:jakby|gdyby|jak by|gdyby tak) mnie (?:[^ ]+ )?(?:[^ ]+ )?(?:[^ ]+ )?(?:nie bylo"
            "|zabraklo|nie stalo)|(?:gdybym|jakbym) (?:[^ ]+ )?(?:[^ ]+ )?(?:zniknal|znikla"
            "|zniknela|nie istnial|nie istniala|nie zyl|nie zyla|umarla|umarl|zdechl|zdechla)",
        ),
        Rule(
            "passive",
            "(?:odetchn[^ ]*|ulga|lzej|lepiej|prosciej|spokojniej|latwiej)(?: [^ ]+)?(?: [^ ]+)?"
            "(?: [^ ]+)? (?:beze mnie|jakby mnie|gdyby mnie|jak mnie nie)",
        ),
        Rule(
            "suicidal",
            "(?:zrobie|zrobic|wyswiadcze) (?:im |wam |wszystkim )?(?:ta |te )?przysluge",
            ask=True,
        ),
        # A painless or quick way, "asking for myself".
        Rule(
            "suicidal",
            "(?:bolalo|bolu|cierpiec|szybko|bezbolesnie|boli)[^ ]*(?: [^ ]+)?(?: [^ ]+)?(?: [^"
            " ]+)? pytam (?:dla siebie|za siebie|o siebie|dla mnie|o mnie)|bezbolesn[^ ]*"
            " (?:smierc|sposob|metod[^ ]*|samobojstw[^ ]*)|(?:najszybszy|najprostszy|najpewniejszy"
            "|bezbolesny) sposob (?:na smierc|zeby umrzec|zeby sie zabic|na samobojstwo|zeby"
            " odejsc)|jak (?:sie )?(?:zabic|umrzec|odejsc) (?:bez bolu|szybko|bezbolesnie|zeby"
            " nie bolalo)",
        ),
        Rule(
            "suicidal",
            "jak (?:[^ ]+ )?(?:[^ ]+ )?zrobic(?: [^ ]+)? (?:zeby|by|aby) nie (?:bolalo|cierpiec"
            "|poczuc|czuc)|(?:ile|jaka dawka) (?:[^ ]+ )?(?:tabletek|tabletki|lekow|prochow"
            "|paracetamolu|apapu|xanaxu)(?: [^ ]+)?(?: [^ ]+)? (?:zeby umrzec|zeby sie nie obudzic"
            "|zeby nie obudzic|to smiertelna|jest smiertelna|zabija|smiertelna)|smierteln[^ ]*"
            " dawk[^ ]*",
        ),
        # Suicide on the mind; something stupid that cannot be undone.
        Rule(
            "suicidal",
            "(?:samobojstw[^ ]*|zabic sie|zabicie sie|odebranie sobie zycia"
            "|skonczenie ze soba)(?: [^ ]+)?(?: [^ ]+)? (?:chodzi mi|chodza mi|siedzi mi|siedza"
            " mi|krazy mi|nie daje mi|nie daja mi|mi nie daje|mi nie daja)",
        ),
        Rule("suicidal", "(?:samobojstw[^ ]*|samobojcz[^ ]*)", ask=True),
        Rule(
            "suicidal",
            "(?:zrobie|zrobic|zrobienia|zrobil|zrobila|zrobilabym|zrobilbym|zrobimy) (?:cos"
            "|czegos|jakas) (?:glupiego|glupie|glupote|nieodwracalnego|nieodwracalne)",
            ask=True,
        ),
        Rule(
            "suicidal",
            "(?:glupiego|glupie|glupote|glupoty|nieodwracalnego)(?: [^ ]+)?(?: [^ ]+)?(?: [^"
            " ]+)?(?: [^ ]+)? (?:nie cofnie|nie da sie cofnac|nie odwroci|nieodwracaln[^ ]*|na"
            " zawsze|bez odwrotu|nie ma powrotu)",
        ),
        # Why was I born; the heart stopping; angry to wake up and still be here.
        Rule(
            "passive",
            "(?:po co|dlaczego|czemu|na co|na cholere|na chuj) (?:[^ ]+ )?(?:[^ ]+ )?(?:[^ ]+"
            " )?(?:[^ ]+ )?(?:urodzilem|urodzilam|sie urodzil|sie urodzila|przyszedlem na swiat"
            "|przyszlam"
            " na swiat)|(?:wolalbym|wolalabym|lepiej) (?:[^ ]+ )?(?:sie )?nie urodzic|(?:zebym"
            "|bym) sie (?:nigdy )?nie urodzil[^ ]*",
        ),
        Rule(
            "passive",
            "(?:nadzieje|oby|zeby|chcialabym|chcialbym|modle sie|marze)(?: [^ ]+)?(?: [^ ]+)?(?: [^"
            " ]+)?(?: [^ ]+)? serce (?:[^ ]+ )?(?:[^ ]+ )?(?:[^ ]+ )?(?:stanie|stanelo|stanie mi"
            "|przestanie bic|przestalo bic|wysiadzie|wysiadlo|zatrzyma|zatrzymalo)",
        ),
        Rule(
            "passive",
            "(?:wkurz[^ ]*|zla|zly|rozczarowan[^ ]*|zawiedzion[^ ]*|smutn[^ ]*|szkoda|niestety"
            "|zalaman[^ ]*|wsciekl[^ ]*)(?: [^ ]+)?(?: [^ ]+)? (?:ze|iz) (?:[^ ]+ )?(?:dalej"
            "|nadal|wciaz|znow|znowu|jeszcze|ciagle) (?:tu |tutaj )?(?:jestem|zyje|sie obudzil[^"
            " ]*|obudzil[^ ]*|oddycham|istnieje)|niestety (?:znowu |znow |dalej |nadal |wciaz"
            " )?(?:zyje|sie obudzil[^ ]*)|(?:znowu|znow) sie obudzil[^ ]*(?: [^ ]+)?(?: [^ ]+)?"
            " (?:niestety|szkoda|kurwa|cholera)",
        ),
        # Taking all of it; a letter left for the family; a pet given away and a day set.
        Rule(
            "plan",
            "(?:biore|wezme|lykne|lykam|polkne|polykam|zarzuce|zarzucam|wcine|zjem) (?:[^ ]+"
            " )?(?:wszystko|wszystkie|cale|calosc|naraz|na raz)(?= $| naraz| na raz| dzis"
            "| dzisiaj| teraz| w nocy| wieczorem| za| i )",
        ),
        Rule(
            "plan",
            f"{_PILLS}(?: [^ ]+)?(?: [^ ]+)? (?:przed soba|obok mnie|przy mnie|przygotowan[^ ]*"
            "|odlozon[^ ]*|zebran[^ ]*|nazbieran[^ ]*|uzbieran[^ ]*|naszykowan[^ ]*)",
        ),
        Rule(
            "plan",
            "list[^ ]* (?:do|dla) (?:mamy|mamie|taty|tacie|rodzicow|rodziny|siostry|brata|dzieci"
            "|corki|syna|babci|przyjaciolki|matki|ojca|zony|meza)(?: [^ ]+)?(?: [^ ]+)?(?: [^"
            " ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:pod poduszka|na stole|na biurku|na lozku"
            "|znajdzie|znajda|dzisiaj|dzis|w nocy|po mojej|jak mnie|jak odejde|jutro rano)",
        ),
        Rule(
            "plan",
            "(?:to|to bedzie|stanie sie|zrobie to) (?:dzisiaj|dzis|jutro|dzis w nocy|tej nocy"
            "|w nocy|w sobote|w niedziele|w piatek|wieczorem)(?= $)|(?:w sobote|w niedziele"
            "|w piatek|jutro|dzis|dzisiaj|w nocy|wieczorem) koniec(?= $)",
            ask=True,
        ),
        Rule(
            "plan",
            "(?:oddalem|oddalam|oddam|oddaje|dalem|dalam|oddalismy|zostawilam|zostawilem)"
            " (?:[^ ]+ )?(?:psa|kota|kotke|suczke|sunie|chomika|krolika|zwierzaki|zwierzeta"
            "|rybki|papuge|psiaka|kotka)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
            "(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:usunal[^ ]*|usunel[^ ]*|usune|skasowal[^ ]*"
            "|koniec|zegnam|zegnajcie|pozegna[^ ]*|na zawsze|wszystko zalatwione)",
        ),
        Rule(
            "plan",
            "(?:usunal[^ ]*|usunel[^ ]*|skasowal[^ ]*) (?:[^ ]+ )?(?:konta|konto|fb|insta"
            "|social[^ ]*|wszystko)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
            " (?:koniec|zegnajcie|pozegnanie|na zawsze|to koniec)(?= $| i| juz)",
        ),
        # Self-harm: the only help is cutting, cigarettes, hammers, boiling water, scratching.
        Rule(
            "self_harm",
            "(?:jedyne|tylko|jedynie|jedyna rzecz)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
            " (?:ciecie|ciac sie|ciecie sie|tniecie|tniecie sie|zyletka|zyletki|samookaleczani[^"
            " ]*|okaleczani[^ ]*|krojenie sie)|(?:potrzebuje|musze|bez) (?:[^ ]+ )?(?:zyletki"
            "|zyletk[^ ]*|ciecia|sie pociac|ciac)",
        ),
        Rule(
            "self_harm",
            "(?:gasze|gasilam|gasilem|gasic|zgasilam|zgasilem|przypalam|przypalilam|przypalilem"
            "|przypalac|przypalalam)(?: [^ ]+)?(?: [^ ]+)? (?:(?:pet[^ ]*|papieros[^ ]*|fajk[^"
            " ]*|szlug[^ ]*) )?(?:na|o) (?:[^ ]+ )?(?:nadgarstk[^ ]*|rece|reku|rekach|ramieniu"
            "|ramie|udzie|udach|skorze|dloni|przedramieniu|brzuchu|nodze)",
        ),
        Rule(
            "self_harm",
            "(?:wale|bije|tluke|uderzam|walilam|walilem|bilam|bilem|tlukam|okladam) sie (?:[^ ]+"
            " )?(?:mlotkiem|piescia|piesciami|po udach|po rekach|po twarzy|w reke|w rece|w glowe"
            "|w twarz|pasem|kablem|w uda|po glowie)",
        ),
        Rule(
            "self_harm",
            "(?:polewam|polalam|polalem|parze|poparzylam|poparzylem|oparzylam|oparzylem|przypalam"
            "|przypalilam|przypalilem|parzylam|parzylem) sie (?:[^ ]+ )?(?:[^ ]+ )?(?:wrzatkiem"
            "|zelazkiem|prostownic[^ ]*|zapalniczk[^ ]*|specjalnie|celowo|umyslnie|papierosem"
            "|lokowk[^ ]*)|(?:specjalnie|celowo|umyslnie|naumyslnie)(?: [^ ]+)?(?: [^ ]+)?(?: [^"
            " ]+)? (?:poparzyl[^ ]*|oparzyl[^ ]*|pocial[^ ]*|pociel[^ ]*|zranil[^ ]*|ugryzl[^"
            " ]*|zeby bolalo)",
        ),
        Rule(
            "self_harm",
            "(?:drapie|drapalam|drapalem|rozdrapuje|rozdrapalam|rozdrapalem|gryze|gryzlam|gryzlem"
            "|bije|uderzam|wale|tne|cialam|cialem|przygryzam|skubie|rozcinam|szarpie)(?: [^"
            " ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:do krwi|az do krwi|az krew|az leci krew|az krwawi"
            "|az mi leci krew|az sie leje krew)",
        ),
        # Danger: the threat reported ("powiedzial ze ... to mnie zajebie").
        Rule(
            "danger",
            "(?:powiedzial|napisal|grozi|grozil|mowi|mowil|krzyczal|krzyczy|zapowiedzial|pisze"
            "|stwierdzil|wrzeszczal)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^"
            " ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:to |wtedy |ze )?mnie (?:[^ ]+ )?(?:zabije|zajebie"
            "|zatlucze|udusi|zadzga|zastrzeli|dopadnie|pobije|skrzywdzi|wykonczy|zabic|zajebac)",
        ),
        Rule(
            "danger",
            "(?:dobija|dobijal|dobijala|wali|walil|walila|lomocze|lomotal|kopie|kopal|szarpie"
            "|szarpal|tlucze|tlukl|napierdala|napierdalal) (?:sie )?(?:[^ ]+ )?(?:do |w |we )?drzwi"
            "|(?:wywazy|wywazyc|wywaza|wywazal|wywazyl|wywali|wyrwie) (?:[^ ]+ )?(?:drzwi|je)"
            "|(?:drzwi)[^ ]* (?:[^ ]+ )?(?:wywazy|wywazyc|wywazyl|wywazal)",
        ),
        Rule(
            "danger",
            "(?:zamknelam|zamknalem|zabarykadowalam|zabarykadowalem|schowalam|schowalem|ukrylam"
            "|ukrylem) sie (?:[^ ]+ )?(?:w |we )?(?:lazience|kiblu|toalecie"
            "|piwnicy|aucie|samochodzie|szafie)",
            ask=True,
        ),
        Rule(
            "danger",
            "(?:nie zobacz[^ ]*|nie ujrz[^ ]*)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:zywych|zywego"
            "|zywej|zywe|zywa)|(?:dzieciom|corce|synowi|malemu|malej)(?: [^ ]+)? (?:cos zrobi"
            "|zrobi krzywde|zrobi cos|zrobi)(?: [^ ]+)?",
        ),
        Rule(
            "danger",
            "(?:wszedzie|ciagle|za kazdym razem|pod blokiem|pod praca|pod domem|caly czas)(?: [^"
            " ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
            " (?:to nie przypadek|to nie jest przypadek|nie przypadkiem|zaden przypadek|to nie moze"
            " byc przypadek)",
        ),
        Rule("danger", "(?:to nie|to nie jest|zaden|to nie moze byc) przypadek", ask=True),
        Rule(
            "danger",
            "(?:przebil|przebila|pocial|pociela|poprzebijal|przecial|przeciela|poprzecinal)"
            " (?:mi |nam )?(?:opony|opone|kola|wszystkie opony)|(?:pod oknem|w oknie|przez okno"
            "|w ogrodzie|na balkonie|pod drzwiami)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
            " (?:swiecil|swiecila|zagladal|zagladala|gapil|gapila)|(?:w nocy|noca|nocami)"
            " (?:on |ona |ex |eks )?(?:stal|stala|stoi|czail|czai|sterczal|sterczy) (?:[^ ]+"
            " )?pod (?:oknem|oknami|drzwiami|blokiem|domem)(?= $| i swiec| i zaglad| i patrz"
            "| i gapi| cala| przez| do)",
        ),
        Rule("danger", "(?:z zastrzezonego|zastrzezon[^ ]* numer[^ ]*)", ask=True),
        # Someone else: "cos sobie zrobi", a goodbye posted and no answer.
        Rule(
            "other_at_risk",
            "cos sobie (?:zrobi|zrobil|zrobila|zrobia|zrobic)(?! do | na | dobrego| cieplego"
            "| smacznego| fajnego| nowego| ladnego| slodkiego| milego)|(?:zrobi|zrobil|zrobila)"
            " sobie (?:krzywde|cos)(?! do | na | dobrego| cieplego| smacznego| fajnego| nowego"
            "| ladnego| slodkiego| milego)",
        ),
        Rule(
            "other_at_risk",
            "(?:pozegna[^ ]*|zegnaj[^ ]*|adios)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^"
            " ]+)? (?:nie odbiera|nie odpisuje|nie odpowiada|nie ma go|nie ma jej|zniknal"
            "|zniknela|wylaczony|wylaczyl|wylaczyla|nie odczytuje)",
        ),
        Rule(
            "other_at_risk",
            "(?:ze|iz) (?:ona |on )?(?:nie chce (?:juz )?zyc|chce umrzec|chce sie zabic|chce"
            " skonczyc ze soba)|(?:blizny|rany|ciecia|nacięcia|naciecia|slady ciecia)[^ ]*"
            " (?:[^ ]+ )?(?:na|po) (?:rekach|reku|nadgarstkach|udach|ramionach) (?:[^ ]+"
            " )?(?:siostry|brata|corki|syna|przyjaciolki|kumpla|kolezanki|mojej|mojego|jej|jego)",
        ),
        Rule(
            "suicidal",
            "(?:wyjscia|wyjscie|rozwiazanie|rozwiazania|opcji|opcja|drogi)(?: [^ ]+)?(?: [^ ]+)?"
            " (?:niz|poza|oprocz|jak) (?:smierc|smiercia|samobojstwo|zabic sie|skonczyc ze soba"
            "|umrzec)|jedyne (?:wyjscie|rozwiazanie) (?:to )?(?:smierc|samobojstwo|zabic sie)",
        ),
        Rule("suicidal", "nie widze (?:[^ ]+ )?(?:wyjscia|sensu|przyszlosci)", ask=True),
        Rule(
            "self_harm",
            "sie (?:[^ ]+ )?(?:pocial[^ ]*|pociel[^ ]*|pociac|pokroil[^ ]*|pokroj[^ ]*|okalecz[^"
            " ]*|ponacinal[^ ]*)|(?:pocial[^ ]*|pociel[^ ]*|pokroil[^ ]*|okaleczyl[^ ]*) sie",
        ),
        Rule(
            "danger",
            "(?:powiedzial|napisal|grozi|grozil|mowi|mowil|krzyczal|zapowiedzial|pisze)(?: [^"
            " ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
            " (?:dzieci|dziecka|corki|syna|ich|je|malej|malego)(?: [^ ]+)? (?:wiecej |juz |nigdy"
            " |w zyciu )?(?:nie zobacze|nie zobaczysz|nie zobaczy)",
        ),
        *_MORE_RULES,
        *_R3_RULES,
    ),
    exceptions=(
        # Idioms and hyperbole.
        (
            "(?:umieram|umre|umrę|umarlam|umarlem|umarla|umarl|padne|padam|zejde|zaraz zejde"
            "|zdycham|zdechne) (?:[^ ]+ )?(?:ze smiechu|z glodu|z nudow|ze wstydu|z zimna|z goraca"
            "|ze strachu|z zazdrosci|z ciekawosci|z pragnienia|ze zmeczenia|z nudy|z milosci|ze"
            " szczescia)"
        ),
        (
            "(?:ta|ten|to|ta piosenka|robota|praca|szef|upal|nuda|ten upal|ta praca|ta nuda|to"
            " czekanie|ta cisza|ta tesknota)(?: [^ ]+)? mnie (?:zabija|zabije|wykonczy|wykancza"
            "|dobija|dobije|zabijasz)"
        ),
        (
            "(?:rodzice|mama|tata|matka|ojciec|szef|szefowa|stara|stary|babcia|nauczyciel"
            "|nauczycielka|trener|kierownik|kumpel|kumpela|kolezanka|kolega|przyjaciolka|siostra"
            "|brat)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? mnie (?:zabije|zabija|zabiją|zajebie|zabic"
            "|udusi)"
        ),
        "(?:wypruwa|wypruwam|wypruwalam|wypruwalem|wyprulam|wyprulem) (?:sobie )?zyly",
        (
            "(?:[^ ]+ )?(?:[^ ]+ )?mnie (?:zabil|zabila|zabija|zabijasz|rozwalil|rozwalila|zabije"
            "|zabijesz) (?:tym|ta|tymi|swoim|swoja|swoimi|tekstem|zartem|smiechem|wygladem"
            "|usmiechem|spojrzeniem)"
        ),
        (
            "(?:[^ ]+ )?(?:[^ ]+ )?mnie (?:zabil|zabila|zabija|zabije|zabijesz|zajebie|udusi)(?: [^"
            " ]+)?(?: [^ ]+)? (?:xd|ha(?:ha)+h?|lol|hehe|hihi|lmao)"
        ),
        # Negations: the writer says it is not so.
        "nie (?:mam|miewam|mialam|mialem|ma) (?:[^ ]+ )?(?:mysli|zadnych mysli|myśli) samoboj[^ ]*",
        (
            "(?:nie|wcale nie|nigdy nie) (?:mysle|myslalam|myslalem|mysli) (?:[^ ]+ )?o"
            " (?:samobojstwie|smierci|zabiciu sie|odebraniu)"
        ),
        (
            "(?:nie|wcale nie|nigdy nie|ani mysle) (?:[^ ]+ )?(?:chce|chcialabym|chcialbym"
            "|zamierzam|planuje|chcę) (?:[^ ]+ )?(?:sie )?(?:zabic|umrzec|zabic sie|odebrac sobie"
            " zycie|ze soba skonczyc)"
        ),
        (
            "nigdy (?:[^ ]+ )?(?:bym )?(?:sie )?(?:nie )?(?:zabila|zabil|zabilabym|zabilbym|zrobila"
            "|zrobil|zrobilabym|zrobilbym)(?: sie| sobie)?(?: [^ ]+)?(?: [^ ]+)?"
        ),
        (
            "nie (?:[^ ]+ )?(?:zrobie|zrobilabym|zrobilbym|zrobilam|zrobilem|robie) sobie (?:[^ ]+"
            " )?(?:krzywdy|nic|niczego)"
        ),
        "(?:juz|wiecej) (?:sie )?nie (?:tne|ciac|tnę|okaleczam)|(?:juz )?nie (?:tne|tnę) sie",
        (
            "obudz[^ ]* (?:sie )?(?:na czas|na zajecia|na prace|na budzik|rano na|na autobus|na"
            " pociag|na wyklad)"
        ),
        # Stories: films, series, books, songs, and what they are about.
        f"(?:w|we|na|z) (?:tym |tej |nowym |nowej |jakims |jednym )?{_STORY}{_WIN5}{_WIN5}",
        f"{_STORY} (?:o|gdzie|w ktorym|w ktorej|jest o|opowiada|mowi o|z|ze)(?: [^ ]+)?{_WIN5}",
        "(?:spiewa|spiewal|spiewala|spiewaja|slowa|refren|jak spiewa|jak mowi"
        "|cytat|cytujac)" + _WIN5 + _WIN5,
        # Someone else's words ("my friend said he'd kill me if I text her").
        "(?:kumpel|kumpela|kolezanka|kolega|przyjaciolka|przyjaciel|mama|tata|babcia|dziadek|"
        "siostra|brat|szef|szefowa|terapeutka|terapeuta|psycholog|psycholozka|ziomek|ziom|ziomal|"
        "wspollokatork[^ ]*|wspollokator[^ ]*)[^ ]* (?:powiedzial|powiedziala|mowi|mowil|mowila|"
        "napisal|napisala|na to|stwierdzil|stwierdzila|rzucil|rzucila)"
        + _WIN5
        + _WIN5
        + " (?:zabije cie|cie zabije|cie zajebie|zajebie cie|udusze cie|cie udusze|zatlucze cie"
        "|cie zatlucze)",
        # The past, told from a recovered present.
        (
            "(?:(?:lat|lata|rok|roku|miesiecy|miesiace|miesiac) temu|kiedys|dawniej|w liceum|w"
            " gimnazjum|w podstawowce|na studiach|jako nastolat[^ ]*|po ostatnim rozstaniu|po"
            " poprzednim rozstaniu|wczesniej|poprzednio|w przeszlosci|za dzieciaka)(?: [^ ]+)*?"
            " (?:dzis|dzisiaj|teraz|juz nie|od [^ ]+ lat|od [0-9]+ lat|tym razem|daje rade|minelo"
            "|lepiej|wiem ze|juz tego nie|jestem czysta|jestem czysty|to bylo dawno|mieszka|juz mi"
            " przeszlo)"
        ),
        (
            "(?:moj|moja|mój) (?:poprzedni|poprzednia|dawny|dawna|pierwszy|pierwsza|byly byly)"
            " (?:[^ ]+ )?(?:[^ ]+ )?(?:grozil|bil|sledzil|nachodzil|dusil)(?: [^ ]+)*? (?:lata temu"
            "|dawno|teraz|juz nie|mieszka)"
        ),
        # Study, work and volunteering about these topics.
        (
            "(?:magisterk|licencjat|referat|prezentacj|szkoleni|wolontariusz|dyzur|kurs|wyklad|"
            "badani|praca zaliczeniowa|projekt|esej|artykul)[^ ]* (?:[^ ]+ )?(?:[^ ]+ )?(?:o|"
            "na temat|dotyczac[^ ]*|z) (?:[^ ]+ )?(?:samoboj|samookalecz|przemoc|nekani|"
            "stalking)[^ ]*"
        ),
        # Exam-day hyperbole laughed off.
        (
            "(?:ide|pojde|zaraz|to ide|chyba ide|normalnie ide|ide se) (?:sie )?(?:powiesic|zabic"
            "|pochlastac|zastrzelic|utopic|zabijac)(?: [^ ]+)? (?:xd|lol|haha[^ ]*|hehe|hihi|lmao"
            "|xdd)"
        ),
        # Violence by a former partner, long past.
        (
            "(?:poprzedni|poprzednia|pierwszy|pierwsza|dawny|dawna|wczesniejszy|wczesniejsza"
            "|przedostatni|przedostatnia)(?: [^ ]+)?" + _WIN5 + _WIN5 + " (?:[0-9]+|pare|kilka"
            "|wiele|dwa|trzy|cztery|piec|szesc|dziesiec|dobre) (?:lat|lata|roku|miesiecy) temu"
            "|(?:poprzedni|poprzednia|pierwszy|pierwsza|dawny|dawna)(?: [^ ]+)?"
            + _WIN5
            + " (?:dawno"
            " temu|lata temu|to przeszlosc|to juz przeszlosc)"
        ),
        (
            "(?:rodzice|mama|tata|matka|ojciec|szef|szefowa|stara|stary|babcia|nauczyciel"
            "|nauczycielka|trener|kierownik|kumpel|kumpela|kolezanka|kolega|przyjaciolka|siostra"
            "|brat)" + _WIN5 + _WIN5 + " mnie (?:[^ ]+ )?(?:zabije|zabija|zajebie|zabic|udusi)"
        ),
        # Scratching a bite or a spot.
        "(?:komar[^ ]*|ugryzieni[^ ]*|ukaszeni[^ ]*|pryszcz[^ ]*|strup[^ ]*|egzem[^ ]*|atopow[^"
        " ]*|swedz[^ ]*)" + _WIN5,
        ("(?:nie|nigdy|wcale) (?:[^ ]+ )?(?:[^ ]+ )?(?:samobojstw[^ ]*|samobojcz[^ ]*)"),
        *_MORE_EXCEPTIONS,
        *_R3_EXCEPTIONS,
    ),
)
