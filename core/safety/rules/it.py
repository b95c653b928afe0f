"Italian: crisis and danger phrases, with the idioms, negations and stories that look like them."

from core.safety.recognizer import Recognizer, Rule, gap

_NOT = "(?<!non )(?<!nn )(?<!mai )(?<!nemmeno )(?<!neanche )(?<!manco )(?<!non mi )(?<!nn mi )"
# "morire" but not "morire dal ridere", "morire di fame", "morire tra le tue braccia".
_MORIRE_OK = (
    "(?! (?:(?:di|dal|dalla|dalle|dallo|d) (?:ridere|risate|risata|vergogna|fame|sonno|noia|caldo|"
    "freddo|curiosita|voglia"
    "|invidia|gelosia|amore|sete|stanchezza|imbarazzo|nervoso|paura|felicita|gioia|tenerezza|"
    "cringe|piacere|tanto [^ ]+)"
    "|tra le (?:tue|sue) braccia|fra le (?:tue|sue) braccia|per (?:te|lui|lei)|ahah[^ ]*|"
    "haha[^ ]*|lol|xd)(?= ))"
)
_NO_LAUGH = "(?!" + gap(8) + " (?:ahah[^ ]*|haha[^ ]*|ahha[^ ]*|lol|xd|ahahah[^ ]*)(?= ))"
_WANT = (
    "(?:voglio|vorrei|volevo|penso di|sto pensando di|continuo a pensare di|ho deciso di|"
    "ho voglia di|devo"
    "|mi viene voglia di|ho pensato di|pensavo di|sto per|ho intenzione di|vado a|meglio|"
    "preferirei|preferisco"
    "|solo|voglio solo|vorrei solo|ho bisogno di|mi va di|sogno di|progetto di|sto decidendo di|"
    "vorrei tanto|penso a come)"
)
_KILL_ME = (
    "(?:ammazzarmi|uccidermi|suicidarmi|togliermi la vita|farla finita|farmi fuori|morire|"
    "buttarmi|impiccarmi"
    "|tagliarmi le vene|lanciarmi|gettarmi|avvelenarmi|spararmi|sparire per sempre|non svegliarmi|"
    "non esistere piu"
    "|smettere di vivere|smettere di esistere|essere morta|essere morto|andarmene per sempre|"
    "chiudere con la vita)"
)
_PILLS = (
    "(?:pillol[^ ]*|pastigli[^ ]*|pasticc[^ ]*|compress[^ ]*|farmac[^ ]*|medicin[^ ]*|"
    "sonnifer[^ ]*|tachipirin[^ ]*|xanax"
    "|benzodiazepin[^ ]*|antidepressiv[^ ]*|ansiolitic[^ ]*|gocce|emj_pill|paracetamol[^ ]*|tavor|"
    "lexotan|valium|minias"
    "|psicofarmac[^ ]*|moment|oki|aspirin[^ ]*|ibuprofen[^ ]*)"
)
_A_LOT = (
    "(?:tutte|tutte le|tutti|tutti i|un sacco di|una scatola|la scatola|una confezione|"
    "la confezione|un flacone|il flacone"
    "|un blister|un intero|una intera|tutto il|tutta la|[0-9]+|una ventina|decine di|"
    "mezza scatola|un botto di"
    "|un casino di|una marea di|un mucchio di|una manciata di|troppe|troppi|due scatole|"
    "due confezioni|venti|trenta"
    "|quaranta|cinquanta|tipo [0-9]+|circa [0-9]+|piu di [0-9]+|una boccetta|la boccetta|"
    "mezza boccetta|un pacco)"
)
_PERSON = (
    "(?:lui|lei|il mio ex|la mia ex|mio marito|mia moglie|il mio ragazzo|la mia ragazza|"
    "il mio compagno|la mia compagna"
    "|lex|ex|quello|quel pazzo|quello stronzo|il padre dei miei figli|il padre di mio figlio|"
    "mio ex marito|il mio exmarito"
    "|il mio fidanzato|la mia fidanzata|lo stronzo)"
)
_CHILDREN = (
    "(?:i|miei|i miei|nostri|i nostri|mio|mia|il mio|la mia|le mie|le|nostro|nostra|il nostro|"
    "la nostra) (?:bambini|bambino"
    "|bambina|bambine|figli|figlio|figlia|figlie|bimbi|bimba|bimbo|piccoli|ragazzi|pupi|creature)"
)
_TOPIC = (
    "(?:suicidio|suicidi|autolesionismo|autolesioni|overdose|stalking|violenza domestica|"
    "violenza di genere|femminicidio"
    "|femminicidi|abusi|abuso|ideazione suicidaria|comportamenti suicidari|salute mentale|"
    "depressione|pensieri suicidi)"
)
_STUDY = (
    "(?:tesi|tesina|relazione|articolo|ricerca|studio|lezione|corso|conferenza|formazione|"
    "seminario|esame|tema|libro"
    "|romanzo|documentario|docu|film|serie|episodio|puntata|podcast|canzone|video|notizia|notizie|"
    "servizio|reportage"
    "|campagna|presentazione|tirocinio|progetto|workshop|laboratorio|master|saggio)"
)
_RECOVERED = (
    "(?<!non )(?:bene|meglio|molto meglio|benissimo|al sicuro|tranquilla|tranquillo|felice|pulita|"
    "pulito|in terapia|stabile"
    "|guarita|guarito|serena|sereno|in pace|forte|viva|grata|grato|alla grande|ok|okay)"
)
_PAST = (
    "(?:(?:(?:[0-9]+|un|uno|una|due|tre|quattro|cinque|sei|dieci|molti|tanti|qualche|"
    "alcuni) )?(?:anni|anno|mesi|mese) fa"
    "|al liceo|alle medie|alle superiori|da adolescente|da ragazzina|da ragazzino|quando (?:ero|"
    "avevo) (?:[0-9]+|piccola"
    "|piccolo|adolescente|ragazzina|ragazzino|piu giovane)|nel (?:[0-9]+)|in passato|"
    "con lultima rottura"
    "|la scorsa rottura|con la mia ultima rottura|lultima volta|ce stato un periodo|"
    "cera un periodo)"
)
_PAST_THEN = "(?:" + _PAST + "|prima|una volta)"

RECOGNIZER = Recognizer(
    lang="it",
    rules=(
        # --- suicidal ---
        Rule(
            "suicidal",
            _NOT + "(?:voglio|vorrei) (?:morire|ammazzarmi|uccidermi)" + _MORIRE_OK,
            ask=True,
        ),
        Rule(
            "suicidal",
            _NOT
            + _WANT
            + " "
            + _KILL_ME
            + _MORIRE_OK
            + _NO_LAUGH
            + "(?! con (?:lui|lei|te|il mio ex|la mia ex|questa storia|questa relazione|quello|"
            "quella|lex)(?= ))",
        ),
        Rule(
            "suicidal",
            _NOT + "mi (?:voglio|vado a|sto per|devo|vorrei|volevo|vuoi|"
            "posso) (?:ammazzare|uccidere|suicidare|buttare (?:giu|dal|dalla|da|sotto)|impiccare|"
            "togliere la vita|avvelenare|sparare|lanciare (?:dal|dalla|da|sotto))",
        ),
        Rule(
            "suicidal",
            _NOT + "(?:(?:oggi|stanotte|stasera|domani|ormai|allora|e|tanto|giuro|"
            "basta|se (?:non|mi|lui|lei) [^ ]+(?: [^ ]+)?(?: [^ ]+)?) )?mi (?:ammazzo|uccido|"
            "suicido|sparo|impicco|butto(?= $| (?:giu|di sotto|nel vuoto|dal|dalla|davvero|"
            "sul serio|e basta|e la faccio finita)(?: |$)))(?! (?:di|dal ridere|dalle|a|per|con|"
            "lavorando|studiando|in palestra)(?= ))" + _NO_LAUGH,
        ),
        Rule(
            "suicidal",
            _NOT + "(?:(?:oggi|stanotte|stasera|domani|ormai|allora|e|tanto|giuro|"
            "basta) )?mi (?:suicido|impicco)(?! (?:di|a|per|con)(?= ))",
        ),
        Rule(
            "suicidal",
            _NOT + "(?:la faccio finita|farla finita|faccio finita|falla finita|"
            "la fo finita|la chiudo qui per sempre)(?! con (?:lui|lei|te|il mio ex|la mia ex|"
            "questa storia|questa relazione|quello|quella|lex|sto tipo|questo|questa|i social|"
            "instagram|le sigarette|lalcol)(?= ))",
        ),
        Rule(
            "suicidal",
            "(?<!non ho )(?<!nessun )(?<!senza )(?<!non )(?:pensieri|idee|ideazione|"
            "tendenze|impulsi) (?:suicid[ie]|suicidari[ae]?|di suicidio|di morte)",
        ),
        Rule(
            "suicidal",
            "(?:penso|pensando|pensare|pensato|penso spesso|penso sempre) (?:sempre |"
            "spesso |ogni giorno |tutti i giorni |di continuo )?(?:al|a) (?:suicidio|farla finita|"
            "togliermi la vita|morire)|(?:tentare il|tentato il|tentativo di) suicidio",
        ),
        Rule(
            "suicidal",
            "(?:modi|modo|metodi|metodo|come) (?:per )?(?:morire|ammazzarmi|"
            "uccidermi|suicidarmi|togliermi la vita|farla finita)(?! (?:dal|dalla|di) (?:ridere|"
            "vergogna)(?= ))|morire senza (?:soffrire|dolore|sentire niente)",
        ),
        Rule(
            "suicidal",
            "(?:mi butto|buttarmi|mi lancio|lanciarmi|mi getto|gettarmi|saltare|"
            "mi butterei|buttarmi giu) (?:giu )?(?:dal|dalla|da un|da una|dallo|giu dal|giu dalla|"
            "sotto (?:un|una|al|il|la)|nel|sotto|dal ponte|dalla finestra) (?:[^ ]+ )?(?:balcone|"
            "finestra|ponte|tetto|palazzo|terrazzo|treno|macchina|metro|metropolitana|scogliera|"
            "vuoto|fiume|viadotto|piano|cornicione|burrone|precipizio|camion|auto|tram|"
            "binari)(?! (?:in piscina|per gioco)(?= ))" + _NO_LAUGH,
        ),
        Rule(
            "suicidal",
            "(?:tutti|il mondo|la mia famiglia|i miei|i miei genitori|i miei figli|"
            "voi|la gente|loro|tutto il mondo) (?:starebbero|stareste|sarebbero|sarebbe|starebbe|"
            "vivrebbero|staranno|saranno|stanno)(?: tutti| molto| mille volte| tanto)? (?:meglio|"
            "piu felici|felici|tranquilli|in pace)(?: [^ ]+)? (?:senza di me|senza me|"
            "se (?:io )?(?:non ci fossi|morissi|sparissi|non esistessi|me ne andassi))|"
            "(?:starebbero|stareste|sarebbero|vivrebbero|staranno|saranno|starete|"
            "sarete) (?:tutti |tutte |tutti quanti )?(?:meglio|piu felici|felici|"
            "in pace) (?:senza di me|senza me|se (?:io )?(?:non ci fossi|morissi|sparissi|"
            "non esistessi))",
        ),
        Rule(
            "suicidal",
            "(?:oggi|stanotte|stasera|adesso) (?:lo faccio|e il giorno|e la notte|"
            "la chiudo)(?= $| (?:davvero|sul serio|basta|ho deciso|non ce la faccio)(?: |$))",
            ask=True,
        ),
        # --- passive ---
        Rule(
            "passive",
            "(?:non|nn|ormai non|(?:non|nn) ho (?:piu )?(?:nessuna )?voglia di|"
            "non riesco piu a|non ce la faccio piu a|non ho la forza di|non ho piu la forza di|"
            "non trovo motivi per|non vedo il senso di|"
            "non ha senso) (?:voglio )?(?:piu )?(?:vivere|esistere|svegliarmi|stare al mondo|"
            "andare avanti|continuare a vivere|restare in vita|essere viva|essere vivo|respirare|"
            "stare qui|essere qui)(?! (?:con|a|in|da sol[ao]|insieme|qui con|li|vicino|lontano|"
            "cosi con|presto|alle|domani alle|senza (?:di )?(?:lui|lei|te))(?= ))",
        ),
        Rule(
            "passive",
            "(?:non|nn) (?:voglio|riesco a|posso|so) (?:piu )?vivere senza (?:di )?(?:lui|lei|te)",
            ask=True,
        ),
        Rule(
            "passive",
            "(?:vorrei|voglio|volevo|spero di|magari potessi|"
            "preferirei) (?:addormentarmi|dormire|chiudere gli occhi) (?:e )?(?:non|"
            "mai piu) (?:svegliarmi|risvegliarmi|riaprirli)(?: piu)?|(?:dormire|addormentarmi|"
            "dormirei) per sempre|non svegliarmi piu|non risvegliarmi piu|non svegliarmi domani|"
            "spero di non svegliarmi",
        ),
        Rule(
            "passive",
            "(?:vorrei|volevo|preferirei) (?:non )?(?:essere|esser) (?:mai )?(?:nata|"
            "nato)|(?:vorrei|volevo|preferirei) (?:non )?essere (?:mort[ao]|mai esistit[ao])|"
            "(?:non sarei|non dovevo|non avrei dovuto) (?:mai )?(?:nascere|essere nata|"
            "essere nato)|vorrei morire|vorrei essere mort[ao]|vorrei non esistere",
        ),
        Rule(
            "passive",
            "(?:che senso ha|che senso abbia|che senso ha piu|a che serve|"
            "a cosa serve|che senso avrebbe|perche dovrei|xche dovrei|xke dovrei|"
            "perche continuare a) (?:vivere|la vita|andare avanti|continuare|svegliarmi|restare|"
            "stare al mondo|esistere|continuare a vivere)|(?:la (?:mia )?vita|"
            "vivere) non ha (?:piu )?(?:nessun )?senso|(?:non ho|non ho piu|nessun|senza|"
            "zero) (?:nessun |alcun |un )?(?:motivo|motivi|ragione|ragioni|voglia) (?:per|"
            "di) (?:vivere|andare avanti|restare in vita|esistere|svegliarmi)",
        ),
        Rule(
            "passive",
            "(?:speriamo|spero|magari|chissa se|vorrei) (?:che )?(?:mi (?:investa|"
            "investe|prenda|colpisca|venga)|mi investano|arrivi) (?:una macchina|un camion|"
            "un treno|un tram|un autobus|un fulmine|un infarto|qualcosa|un meteorite|un tumore)|"
            "(?:mi investa|investimi|mi investisse) (?:una macchina|un camion|un treno|un tir)|"
            "spero di morire|magari morissi|spero di non svegliarmi",
        ),
        Rule(
            "passive",
            "(?:stanc[ao]|stuf[ao]|sfinit[ao]|esaust[ao]|non ne posso piu) (?:di|"
            "della) (?:vivere|vita|esistere|essere viv[ao]|respirare|stare al mondo)(?! (?:in|con|"
            "qui|cosi con|a) )",
        ),
        Rule(
            "passive",
            "(?:non mi importa|non me ne frega|non mi interessa|me ne frego|"
            "chissenefrega|tanto vale) (?:niente )?(?:se )?(?:morire|muoio|morissi|"
            "vivere o morire|essere viv[ao]|mi succede qualcosa)",
        ),
        Rule(
            "passive",
            "(?:meglio|preferisco|preferirei) (?:essere )?(?:mort[ao]|morire|"
            "non esistere|non esserci|sparire)(?! (?:che|di|dal|dalla|piuttosto)(?= ))|"
            "sarebbe (?:meglio|piu facile)(?: per tutti)? se (?:io )?(?:non esistessi|morissi|"
            "sparissi|non ci fossi|non fossi mai nat[ao]|me ne andassi per sempre)",
        ),
        Rule(
            "passive",
            "(?:sono|mi sento) (?:solo |solamente )?(?:un|una) (?:peso|fardello|"
            "zavorra) (?:per|a) (?:tutti|la mia famiglia|i miei|i miei genitori|gli altri|voi|"
            "tutti quanti|chiunque)",
        ),
        Rule(
            "passive",
            "nessuno (?:se ne accorgerebbe|se ne accorgera|sentirebbe la mia mancanza|"
            "sentira la mia mancanza|noterebbe|piangerebbe|verrebbe al mio funerale|"
            "ci farebbe caso|lo noterebbe)(?: [^ ]+)?(?: se (?:morissi|sparissi|non ci fossi|"
            "me ne andassi|muoio))?",
        ),
        Rule(
            "passive",
            "(?:vorrei|voglio|volevo|ho bisogno di|preferirei|solo) (?:sparire|"
            "scomparire|svanire|dissolvermi|andarmene) (?:per sempre|dal mondo|da questo mondo|"
            "e non tornare|e non tornare piu|per non tornare)|smettere di esistere|"
            "non esistere piu|non esserci piu(?= $| (?:per nessuno|davvero|per sempre)(?: |$))",
        ),
        Rule(
            "passive",
            "(?:vorrei|voglio|volevo) (?:solo )?(?:sparire|scomparire|non esserci|"
            "non esistere)(?= $| (?:davvero|sul serio|giuro|e basta|ormai|da tutto)(?: |$))",
            ask=True,
        ),
        Rule(
            "passive",
            "non ce la faccio piu a (?:vivere|andare avanti|stare al mondo|"
            "sopportare questa vita|esistere)|non reggo piu (?:questa vita|la vita|di vivere)|"
            "basta vivere",
        ),
        Rule(
            "passive",
            "non ce la faccio piu(?= $| (?:davvero|sul serio|giuro|con questa vita|"
            "basta|raga|ragazzi)(?: |$))|non reggo piu(?= $)",
            ask=True,
        ),
        # --- plan ---
        Rule(
            "plan",
            "(?:ho preso|ho ingoiato|ho mandato giu|ho buttato giu|ho appena preso|"
            "mi sono preso|mi sono presa|mi sono calato|mi sono calata|ha preso|ha ingoiato|"
            "si e preso|si e presa|ingoiato|ingoiare|prendere|mandare giu|prendo|sto prendendo|"
            "ho bevuto|mi sono sparato|mi sono sparata) "
            + _A_LOT
            + gap(3)
            + " (?:di )?"
            + _PILLS
            + "(?! (?:di oggi|come (?:sempre|prescritto|da ricetta)|a colazione|"
            "dopo pranzo|che mi ha dato il medico)(?= ))",
        ),
        Rule(
            "plan",
            "(?:ho|tengo|ho gia|ho messo da parte|sto mettendo da parte|ho accumulato|"
            "sto accumulando|ho raccolto|conservo) (?:le |tutte le |delle |un po di |abbastanza |"
            "i |tutti i |le mie |i miei )?(?:" + _PILLS + "|lamette|lametta|"
            "corda)(?: [^ ]+)? (?:qui|qua|pronte|pronti|pronta|davanti|in mano|con me|accanto|"
            "sul tavolo|sul comodino|in camera|da parte|nascoste|nascosti|contate|sufficienti|"
            "per farlo)",
        ),
        Rule(
            "plan",
            "(?:ho|tengo) (?:in mano|qui|qua|davanti|accanto|sul tavolo|"
            "sul comodino) (?:le |tutte le |delle |i |la |il |un |una )?(?:"
            + _PILLS
            + "|lamette|lametta|corda|coltello|pistola|taglierino|rasoio)|(?:ho preso|ho bevuto|"
            "prendo|bevo|voglio bere|voglio prendere|ingoio) (?:il |del |la |della )?(?:veleno|"
            "candeggina|topicida|varechina|veleno per topi)",
        ),
        Rule(
            "plan",
            "(?:le|li) (?:prendo|prenderò|prendero|ingoio|mando giu|butto giu|"
            "voglio prendere) (?:tutte|tutti|insieme|in una volta)|"
            + _PILLS
            + gap(8)
            + " (?:e )?(?:le|li) (?:prendo|prendero|ingoio|voglio prendere) (?:tutte|tutti|"
            "insieme)",
        ),
        Rule(
            "plan",
            "(?:accumulando|accumulato|mettendo da parte|messo da parte|conservando|"
            "raccogliendo|nascondendo) (?:le |tutte le |i |i miei |le mie |abbastanza )?" + _PILLS,
        ),
        Rule(
            "plan",
            "(?:farmi|mi faccio|mi sono fatta|mi sono fatto|fare|prendere|"
            "prendermi) (?:una |un )?overdose(?! (?:di (?:caffe|serie|zuccheri|cioccolata|"
            "netflix))(?= ))",
        ),
        Rule(
            "plan",
            "(?:sono|sto|mi trovo|seduta|seduto|in piedi|qui|adesso|ora|sono salita|"
            "sono salito) (?:sul|sulla|sui|in cima al|in cima alla|sopra il|sopra al|"
            "sul bordo del|sul bordo della|sul cornicione del|sul parapetto del|"
            "sulla ringhiera del|sulla ringhiera della|sul tetto del|sul tetto della|"
            "oltre la ringhiera del|in bilico sul) (?:tetto|ponte|cornicione|binari|parapetto|"
            "scogliera|balcone|terrazzo|palazzo|ringhiera|viadotto|strapiombo|precipizio|burrone|"
            "ultimo piano)(?! (?:con (?:gli|le|i|la|il|mia|mio|i miei|le mie) (?:amici|amiche|"
            "ragazzi|raga|famiglia|fidanzato|fidanzata|colleghi)|a prendere il sole|a guardare|"
            "a fumare|a bere|a mangiare|dellalbergo|dellhotel|della festa|in vacanza)(?= ))",
        ),
        Rule(
            "plan",
            "(?:questo|questa) (?:e|sara|è) (?:il mio|lultimo|"
            "il) (?:ultimo )?(?:messaggio|msg|saluto)|(?:il mio )?ultimo messaggio (?:che|"
            "ke) (?:vi|ti) (?:scrivo|mando|invio)|(?:addio|ciao) (?:a tutti|per sempre|mondo|"
            "mondo crudele)(?! (?:a domani|ci vediamo|buonanotte|notte|vado a dormire|"
            "alla prossima|ci sentiamo)(?= ))|vi saluto per sempre|mi congedo da (?:tutti|voi)|"
            "addio(?: [^ ]+)? (?:perdonatemi|scusatemi|perdonami|scusami|perdono)",
        ),
        Rule(
            "plan",
            "(?:scusatemi|perdonatemi|scusate|perdonami|scusami|"
            "perdono)(?: [^ ]+)?(?: [^ ]+)? (?:mamma|papa|tutti|"
            "per tutto)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:ti voglio bene|vi voglio bene|ti amo|"
            "vi amo|addio)|(?:mamma|papa) (?:ti voglio bene|ti amo|perdonami|"
            "scusami)(?: [^ ]+)?(?: [^ ]+)? (?:perdonami|scusami|addio|mi dispiace)|"
            "addio a tutti(?: [^ ]+)?(?: [^ ]+)? (?:scusatemi|perdonatemi|mamma)",
        ),
        Rule(
            "plan",
            "(?:lettera|lettere|biglietto|biglietti|messaggio|messaggi) (?:di addio|"
            "daddio|d addio|suicida|di suicidio)(?! (?:al mio ex|alla mia ex|a lui|a lei|"
            "allex)(?= ))|(?:ho (?:gia )?(?:scritto|lasciato|finito)) (?:le|delle|"
            "tutte le) lettere(?= $| (?:per|a) (?:tutti|la mia famiglia|mia madre|mamma|"
            "i miei)(?: |$)| e| ormai)",
        ),
        Rule(
            "plan",
            "(?:ho lasciato|lascio|ho dato|do|ho affidato|affido|ho regalato|"
            "regalo) (?:il |la |i |le )?(?:mio|mia|miei|mie) (?:gatto|gatta|cane|cagnolino|"
            "cagnolina|gattino|gattina|gatti|cani|animali|pesci|coniglio|criceto|piante|"
            "cose) (?:a|con|da)" + gap(4) + " (?:cosi|perche|affinche|per) (?:se ne (?:prenda|"
            "prende|occupi|occupa)|(?:sia|stia|siano|stiano) (?:al sicuro|bene|in buone mani)|"
            "non (?:resti|rimanga) sol[oa]|lo (?:curi|cura|tenga))(?! (?:mentre|durante|"
            "per le vacanze|per il weekend|finche|fino a)(?= ))",
        ),
        Rule(
            "plan",
            "(?:ho (?:gia )?comprato|comprato|comprare|ho preparato|preparato|ho legato|"
            "legare|ho annodato|ho fatto il nodo (?:alla|della)) (?:la |una )?(?:corda|"
            "emj_rope)(?! (?:per (?:arrampicare|il cane|stendere|saltare|il trasloco|la barca|"
            "la tenda)|da salto|per saltare)(?= ))|impiccarmi|mi impicco|mi voglio impiccare|"
            "emj_rope",
        ),
        Rule(
            "plan",
            "(?:tagliarmi|mi taglio|mi sono tagliat[ao]|tagliare|aprirmi|"
            "mi apro) (?:le vene|i polsi)",
        ),
        # --- self-harm ---
        Rule(
            "self_harm",
            _NOT + "mi (?:sono tagliat[ao]|taglio|tagliavo|tagliuzzo|"
            "sono tagliuzzat[ao]|sono ferit[ao]|ferisco|faccio del male|sono fatt[ao] del male|"
            "brucio|sono bruciat[ao]|graffio|sono graffiat[ao]|colpisco|picchio da sol[ao]|"
            "prendo a pugni|autolesiono|sono autolesionat[ao]|faccio male da sol[ao]|punisco|"
            "faccio dei tagli|sono fatt[ao] dei tagli|incido)(?! (?:i capelli|la frangia|le punte|"
            "il dito|le unghie|la barba|con la carta|mentre cucinavo|cucinando|facendo|giocando|"
            "in palestra|per sbaglio|alla caviglia|al ginocchio|al piede|alla mano|cadendo|"
            "correndo|con il ferro|col ferro|con la piastra|al sole|al mare|in cucina|sciando|"
            "di (?:ridere|lavoro)|da sol[ao] con (?:i|le) (?:pensieri|paranoie)|con (?:i|"
            "questi) pensieri|pensandoci|pensando a lui|pensando a lei|guardando|stalkerando|"
            "rileggendo)(?= ))",
        ),
        Rule(
            "self_harm",
            "(?:ho ricominciato a|ricomincio a|continuo a|ho voglia di|voglio|"
            "vorrei|ho bisogno di|ho ripreso a|sono tornata a|sono tornato a) (?:tagliarmi|"
            "ferirmi|farmi (?:del )?male|bruciarmi|autolesionarmi|graffiarmi|picchiarmi|punirmi)|"
            "(?:ricaduta|sono ricaduta|sono ricaduto|ricaduto|ricaduta nell|ricaduto nell|"
            "di nuovo nell|tornata all|tornato all)(?: [^ ]+)?(?: [^ ]+)? ?(?:autolesionismo|"
            "tagli|tagliarmi)",
        ),
        Rule(
            "self_harm",
            "(?:mi taglio|mi sono tagliat[ao]|mi tagliavo|taglio|tagliato|tagliata|"
            "tagli su|tagli sulle|tagli sui) (?:le |i |sulle |sui |alle |ai )?(?:braccia|braccio|"
            "polsi|polso|gambe|gamba|cosce|coscia|pancia|avambracci|avambraccio|fianchi)|"
            "(?:bruciat[ao]|mi brucio|mi sono bruciat[ao]) (?:il braccio |le braccia |la mano |"
            "la pelle |la gamba )?(?:con (?:laccendino|l accendino|una sigaretta|la sigaretta|"
            "le sigarette|un accendino|un fiammifero)|apposta|di proposito|volontariamente)",
        ),
        Rule(
            "self_harm",
            "mi sono (?:pres[ao]|dat[ao]) (?:a )?(?:pugni|schiaffi|calci|botte|"
            "testate)|mi prendo a (?:pugni|schiaffi|calci)(?! (?:in faccia per|per scherzo)(?= ))",
        ),
        Rule(
            "self_harm",
            "(?:sbatto|sbattere|sbattuto|sbattevo|batto|battere|do|dare|ho dato|"
            "tiro|tirare) (?:la testa|testate|pugni|craniate|capocciate) (?:contro|sul|sulla|nel|"
            "nella) (?:il |la )?(?:muro|parete|porta|pavimento|specchio)|fino a sanguinare|"
            "finche (?:non )?(?:sanguin[ao]|esce sangue|sanguinano)|(?:mi faccio|"
            "mi sono fatt[ao]) (?:del )?male (?:apposta|di proposito|da sol[ao]|volontariamente)",
        ),
        Rule("self_harm", "emj_blood", ask=True),
        # --- someone else at risk ---
        Rule(
            "other_at_risk",
            "(?:vuole|vorrebbe|voglia|volesse|sta per|minaccia di|"
            "ha minacciato di|minacciava di|ha detto che vuole|dice che vuole|ha tentato di|"
            "tentato di|ha provato a|pensa di|pensando di|parla di|parlava di|stia pensando di|"
            "ha cercato di) (?:uccidersi|ammazzarsi|suicidarsi|togliersi la vita|"
            "farla finita con la vita|buttarsi|tagliarsi|farsi del male|impiccarsi|avvelenarsi|"
            "spararsi|morire|sparire per sempre)(?! (?:dal|dalla|di) (?:ridere|vergogna|"
            "fame)(?= ))",
        ),
        Rule(
            "other_at_risk",
            "(?:dice che|ha detto che|che|se non [^ ]+(?: [^ ]+)?(?: [^ ]+)?|"
            "lui|lei|minaccia che) si (?:ammazza|uccide|suicida|impicca|butta|spara|ammazzera|"
            "uccidera)(?! (?:di (?:lavoro|risate|fatica|palestra)|dal ridere|dalle risate|"
            "dalla fatica|per (?:lavoro|te|lui|lei|niente)|lavorando|sul divano|sul letto|"
            "in piscina|nella mischia|a capofitto|in (?:questa|quella|una))(?= ))|"
            "si (?:sta tagliando|sta facendo del male|sta ferendo|sta bruciando|taglia|tagli|"
            "tagliava|e tagliat[ao]|fa del male|faccia del male|e fatt[ao] del male|autolesiona|"
            "ferisce|brucia)(?! (?:i capelli|la frangia|le unghie|la barba|il dito|con la carta|"
            "cucinando|al sole|con il ferro|giocando)(?= ))",
        ),
        Rule(
            "other_at_risk",
            "(?:ha|aveva|con|ha dei|ha avuto) (?:pensieri|idee|"
            "tendenze) (?:suicid[ie]|suicidari[ae]?)|(?:ha tentato|tentato|"
            "ha provato) (?:il )?suicidio|(?:e|sembra|sta) (?:molto )?suicida|(?:vuole|voleva|"
            "dice che vuole|ha detto che vuole) morire(?! (?:dal|dalla|di) (?:ridere|vergogna|"
            "fame)(?= ))",
        ),
        Rule(
            "other_at_risk",
            "si (?:vuole|vuol|voleva|va a|sta per|vorrebbe|volesse|voglia|"
            "potrebbe) (?:ammazzare|uccidere|suicidare|buttare|impiccare|tagliare|fare del male|"
            "togliere la vita)(?! (?:di|dal|dalla) (?:ridere|lavoro|fatica)(?= ))(?! (?:i capelli|"
            "sul divano|in piscina|nella mischia|in questa|nel lavoro)(?= ))",
        ),
        Rule(
            "other_at_risk",
            "(?:ha postato|ha pubblicato|ha scritto|ha lasciato|ha mandato|"
            "ha messo) (?:un |una )?(?:addio|lettera di addio|lettera daddio|messaggio di addio|"
            "messaggio daddio|biglietto di addio|biglietto daddio|post di addio|video di addio|"
            "lettera suicida)(?! (?:al suo ex|alla sua ex|a lui|a lei)(?= ))",
        ),
        Rule(
            "other_at_risk",
            "(?:ho trovato|trovato|ho visto) (?:le |delle |sue |le sue |"
            "tante )?(?:lamette|lametta|taglierini|rasoi|tagli (?:sulle|sui|sul) (?:braccia|polsi|"
            "gambe)|cicatrici (?:sulle|sui) (?:braccia|polsi|gambe)|pillole nascoste|"
            "una corda nascosta|una lettera di addio|una lettera daddio)",
        ),
        # --- danger ---
        Rule(
            "danger",
            "(?:ha detto|dice|diceva|mi ha detto|mi dice|mi ha scritto|mi scrive|"
            "ha scritto|minaccia|ha minacciato|giura|ha giurato|urlava|ha urlato|"
            "mi ha urlato)(?: [^ ]+)?(?: che| ke| ch)?(?: se)?" + gap(4) + " (?:mi ammazza|"
            "mi uccide|mi ammazzera|mi uccidera|mi ammazzerebbe|mi ucciderebbe|mi fa del male|"
            "mi fara del male|mi picchia|mi massacra|mi sfregia|mi spacca la faccia|"
            "mi rompe la faccia|mi viene a cercare|mi trova e mi ammazza|mi accoltella|mi spara|"
            "ti ammazzo|ti uccido|ammazzarmi|uccidermi|me la fa pagare|me la fara pagare)",
        ),
        Rule(
            "danger",
            "(?:ha cercato di|ha provato a|ha tentato di|cercava di|provava a|"
            "ha minacciato di|minaccia di) (?:strangolarmi|soffocarmi|ammazzarmi|uccidermi|"
            "accoltellarmi|investirmi|picchiarmi|sfregiarmi|violentarmi|bruciarmi|affogarmi|"
            "buttarmi giu)|se (?:lo|la|l|ti) (?:lascio|lasci|denuncio|denunci|tradisco|tradisci|"
            "mollo|molli|lascerai|lascero)(?: [^ ]+)?(?: [^ ]+)? (?:mi|ti) (?:ammazza|uccide|"
            "ammazzera|uccidera|ammazzo|uccido|fa del male|massacra|rovina la faccia)",
        ),
        Rule(
            "danger",
            _PERSON + "(?: [^ ]+)?(?: [^ ]+)? (?:mi ammazza|mi uccide|mi ammazzera|"
            "mi uccidera|mi fara del male|mi picchiera|mi massacra|vuole ammazzarmi|"
            "vuole uccidermi|mi vuole ammazzare|mi vuole uccidere|mi vuole fare del male|"
            "vuole farmi del male|potrebbe ammazzarmi|potrebbe uccidermi|e capace di ammazzarmi|"
            "e capace di uccidermi|ha cercato di ammazzarmi|ha cercato di uccidermi|"
            "ha provato a strangolarmi|ha cercato di strangolarmi)(?! (?:di|dal|dalla|se scopre|"
            "se lo scopre|se viene a sapere)(?= ))",
        ),
        Rule(
            "danger",
            "(?:minacciat[ao]|minaccia|minacciava|minacciando|"
            "ha minacciato) (?:di )?(?:morte|ammazzarmi|uccidermi|farmi del male|picchiarmi|"
            "sfregiarmi|bruciarmi|tirarmi lacido|buttarmi lacido|sfigurarmi|rapirmi|ammazzare|"
            "uccidere)|(?:mi|ci) (?:ha minacciat[ao]|minaccia|minacciava|"
            "sta minacciando) di morte|minacce di morte",
        ),
        Rule(
            "danger",
            "(?:minacciat[ao]|minaccia|minacciava|ha minacciato|vuole|"
            "ha detto che vuole|dice che vuole|ha detto che|dice che) (?:di )?(?:portarmi via|"
            "togliermi|prendersi|rapire|portare via|portarsi via) "
            + _CHILDREN
            + "|(?:fara|fare|faccia|farebbe|vuole fare|fa) del male (?:a (?:mio|mia|miei|mie|i "
            "miei|"
            "nostro|nostra|nostri)|ai|al|alla|alle|ai miei|alle mie) (?:figlio|figlia|figli|"
            "figlie|bambini|bambino|bambina|bimbi|bimba|bimbo)|non (?:vedrai|vedro|rivedrai|"
            "rivedro) (?:piu|mai piu) " + _CHILDREN,
        ),
        Rule(
            "danger",
            "(?:se lo denuncio|se lo lascio|se la denuncio|se la lascio|se me ne vado|"
            "ha detto che|dice che|minaccia di|ha minacciato di|"
            "giura che)(?: [^ ]+)?(?: [^ ]+)? (?:ammazza|uccide|ammazzera|uccidera|ammazzare|"
            "uccidere|fa del male a|fara del male a|fare del male a|porta via|portare via|rapisce|"
            "rapire) " + _CHILDREN + "|(?:stanotte|di notte|mentre dormivo|senza permesso|"
            "senza dirmelo|ieri notte|stamattina) (?:e entrat[ao]|entra|entrava|"
            "si e introdott[ao]|si e intrufolat[ao])|(?:e entrat[ao]|si e introdott[ao]|"
            "si e intrufolat[ao]) (?:in casa|a casa|nel mio appartamento|in camera mia|"
            "in casa mia|dalla finestra)(?: [^ ]+)?(?: [^ ]+)? (?:stanotte|di notte|"
            "mentre dormivo|senza)",
        ),
        Rule(
            "danger",
            "mi (?:ha|aveva) (?:rotto|spaccato|fratturato|incrinato) (?:il naso|"
            "un braccio|il braccio|le costole|una costola|il polso|la mascella|un dente|i denti|"
            "il labbro|la testa|la faccia|lo zigomo)|(?:continua a|sta|non smette di|"
            "ha iniziato a|ricomincia a) minacciarmi|mi minaccia (?:continuamente|ogni giorno|"
            "sempre|di continuo|tutti i giorni|ancora)|(?:mi fa|mi fara|farmi|"
            "mi faccio) sparire(?= $| (?:se|come|giuro)(?: |$))|(?:ha detto|dice|"
            "minaccia) che mi (?:fa|fara) sparire",
        ),
        Rule(
            "danger",
            "ha (?:ancora )?(?:le|una copia delle) chiavi (?:di casa mia|"
            "del mio appartamento|di casa)",
            ask=True,
        ),
        Rule(
            "danger",
            "ho paura (?:che|ke|ch) (?:lui |lei )?(?:mi|ci) (?:uccida|ammazzi|"
            "faccia del male|picchi|trovi|faccia qualcosa|venga a cercare|colpisca|"
            "porti via i bambini|tolga i bambini)|(?:temo|paura) per la mia vita|(?:ho paura|"
            "temo) per (?:i miei figli|mio figlio|mia figlia|i bambini)|"
            "paura di morire per mano sua",
        ),
        Rule(
            "danger",
            "non mi sento (?:al sicuro|sicura|sicuro) (?:a casa|in casa|con lui|"
            "con lei|da nessuna parte|neanche a casa|a casa mia)|ho paura (?:di tornare|a tornare|"
            "di uscire|ad uscire) (?:a|di) casa",
        ),
        Rule(
            "danger",
            _NOT + "(?:mi (?:ha|aveva|ha gia|ha di nuovo|ha ancora)|lui mi ha|"
            "mi) (?:picchiat[ao]|menat[ao]|schiaffeggiat[ao]|pres[ao] a (?:schiaffi|pugni|calci|"
            "botte|cinghiate|bastonate|sberle|ceffoni)|dato uno schiaffo|dato un pugno|"
            "tirato un pugno|dato un calcio|tirato uno schiaffo|spint[ao] contro|spintonat[ao]|"
            "strangolat[ao]|soffocat[ao]|stretto il collo|stretto le mani al collo|"
            "messo le mani al collo|messo le mani addosso|violentat[ao]|stuprat[ao]|aggredit[ao]|"
            "alzato le mani|massacrat[ao]|pestat[ao]|sbattut[ao] contro|tirato per i capelli|"
            "lanciato [^ ]+ addosso|ferit[ao] con)(?! (?:a (?:fare|essere|provare|cambiare|"
            "studiare)|il cuore|nellorgoglio|emotivamente)(?= ))|mi (?:ha|aveva) spint[ao] (?:giu|"
            "per terra|a terra|dalle scale|contro|addosso|fuori dalla macchina)|mi (?:picchia|"
            "picchiava|mena|menava|schiaffeggia|strangola|strangolava|soffoca|soffocava|"
            "stupra)(?! (?:di|con) (?:domande|messaggi|chiamate)(?= ))",
        ),
        Rule(
            "danger",
            "(?:le )?mani (?:al|intorno al|sul|attorno al) (?:mio )?collo|"
            "(?:mi ha preso|mi ha afferrat[ao]|mi ha tenut[ao]|mi prende|"
            "mi afferra) (?:per il collo|per la gola|per i capelli|alla gola)|mi (?:ha stretto|"
            "stringeva|ha preso per|ha afferrat[ao] per|stringe) (?:il collo|la gola)|"
            "non mi lasciava respirare|non riuscivo a respirare (?:perche|mentre) mi",
        ),
        Rule(
            "danger",
            "(?:ha|aveva|si e comprato|ha comprato|porta|portava|ha tirato fuori|"
            "tira fuori|mi ha mostrato|mi ha fatto vedere|gira con|tiene) (?:una|un|la|il|sua|suo|"
            "lo) (?:pistola|coltello|arma|unarma|coltellaccio|fucile|revolver|lama|machete|"
            "emj_knife|emj_gun|taglierino)(?! (?:ad acqua|giocattolo|finto|da cucina nuovo|"
            "nel gioco)(?= ))",
        ),
        Rule(
            "danger",
            "(?:mi ha minacciat[ao]|mi minaccia|mi minacciava|mi ha aggredit[ao]|"
            "mi e venuto addosso|mi ha puntato|mi punta|mi puntava) (?:con )?(?:un|una|il|la|"
            "lo) (?:coltello|pistola|arma|forbici|bottiglia|mazza|martello|coltellaccio|fucile|"
            "taglierino|emj_knife|emj_gun|lama|cacciavite)|(?:puntato|puntata|puntava|"
            "ha puntato) (?:la|una|il|un) (?:pistola|coltello|arma) (?:alla|contro|addosso|sulla|"
            "verso) (?:testa|gola|di me|me|faccia)",
        ),
        Rule(
            "danger",
            "(?:la usera|la usa|lo usera|lo usa|usarla|usarlo|la userebbe|"
            "lo userebbe) (?:su di me|contro di me|con me)|mi ha (?:accoltellat[ao]|sparato|"
            "ferit[ao] col coltello|pugnalat[ao])",
        ),
        Rule(
            "danger",
            "se non (?:sei|sarai|stai) (?:mia|mio|con me)"
            + gap(3)
            + " (?:non sarai|non starai|non sei) (?:di|con) nessun[oa]|"
            "se non stai con me non (?:stai|starai) con nessun[oa]|o con me o con nessun[oa]",
        ),
        Rule(
            "danger",
            _NOT + "mi (?:segue|seguiva|ha seguit[ao]|sta seguendo|pedina|pedinava|"
            "sta pedinando|ha pedinat[ao]) (?:da (?:giorni|settimane|mesi|ore|stamattina|ieri)|"
            "ovunque(?! (?:sui|su|nei|in) (?:social|instagram|insta|ig|tiktok|internet|rete|"
            "chat))|dappertutto(?! (?:sui|su|nei) (?:social|instagram|insta))|fino a casa|a casa|"
            "al lavoro|in macchina|per strada|in giro|di nascosto|da settimane|tutti i giorni|"
            "ogni giorno|fino in|fino al|fino alla|fin sotto)|mi (?:pedina|pedinava|sta pedinando|"
            "ha pedinat[ao])",
        ),
        Rule(
            "danger",
            _NOT + "mi (?:perseguita|perseguitava|sta perseguitando|ha perseguitat[ao]|"
            "spia|sta spiando|controlla il telefono|fa stalking|stalkera|"
            "sta stalkerando di persona|tiene docchio)(?! (?:nei (?:sogni|pensieri)|"
            "quella canzone|il ricordo|su (?:instagram|insta|ig|tiktok|facebook|i social))(?= ))|"
            "(?:e|e diventat[ao]|un|uno|una) (?:stalker|persecutore|persecutrice)(?! (?:su|"
            "di) (?:instagram|insta|ig|tiktok)(?= ))",
        ),
        Rule(
            "danger",
            "(?:e|era|sta|stava|si e piazzato|si e piazzata|si piazza|aspetta|"
            "mi aspetta|mi aspettava|appostat[ao]|ce|c e|lo trovo|la trovo|lo vedo|la vedo|gira|"
            "girava|si apposta|si aggira|rimane|resta) (?:di nuovo |ancora |sempre |"
            "tutti i giorni |ogni giorno |ogni sera )?(?:sotto casa(?: mia)?|"
            "davanti a casa(?: mia)?|fuori (?:casa|da casa)(?: mia)?|fuori dal mio lavoro|"
            "fuori dal lavoro|fuori dallufficio|fuori dalla scuola|fuori dalla palestra|"
            "fuori dalluniversita|fuori (?:dal|dalla|dall) (?:mio|mia)? ?(?:lavoro|palestra|"
            "universita|ufficio|scuola)|davanti al (?:mio )?(?:lavoro|ufficio|portone)|"
            "sotto il (?:mio )?(?:ufficio|portone))(?! (?:per (?:ridarmi|riportarmi|restituirmi|"
            "portarmi) (?:la|il|le|i) (?:mia|mio|mie|miei)? ?[^ ]+)(?= ))",
        ),
        Rule(
            "danger",
            "(?:si e presentat[ao]|e venut[ao]|e arrivat[ao]|si e fatto vivo|"
            "si e fatta viva|e piombat[ao]|e entrat[ao]) (?:al|a|sotto|davanti|in|nel|nella|"
            "fuori dal|fuori dalla) (?:(?:mio|mia) )?(?:casa|lavoro|ufficio|universita|scuola|"
            "palestra)" + gap(10) + " (?:paura|spaventata|spaventato|urlando|urlava|gridando|"
            "ubriaco|ubriaca|minacciando|minacciava|polizia|carabinieri|sicurezza|vigilanza|"
            "terrorizzata|terrorizzato|tremavo|tremando|violento|violenta|coltello|pistola|"
            "mi sono nascosta|chiusa dentro|chiuso dentro|non se ne voleva andare|"
            "non se ne andava)",
        ),
        Rule(
            "danger",
            "(?:si e presentat[ao]|e piombat[ao]|si presenta) (?:al|a|sotto|davanti|in|"
            "nel|nella) (?:mio |mia )?(?:casa|lavoro|ufficio|universita|scuola|palestra)",
            ask=True,
        ),
        Rule(
            "danger",
            "(?:sa|ha scoperto|scoperto|ha trovato|sa gia|sapeva) dove (?:abito|vivo|"
            "lavoro|sono|dormo|mi sono trasferit[ao]|sto adesso|sto)",
        ),
        Rule(
            "danger",
            "(?:mi ha messo|ha messo|ha installato|ha nascosto) (?:un |"
            "una )?(?:localizzatore|gps|airtag|app spia|telecamera|rilevatore) (?:sulla|nella|nel|"
            "sul|in)|(?:traccia|tracciando|controlla|spia|ha hackerato|legge) (?:il mio telefono|"
            "la mia posizione|i miei messaggi|il mio cellulare|whatsapp|la mia mail)",
        ),
        Rule(
            "danger",
            "(?:ha sfondato|sfondare|ha cercato di sfondare|prendeva a calci|"
            "prende a calci|ha preso a calci|ha rotto|tempestava di pugni|ha forzato|"
            "forzava) (?:la|il) (?:porta|portone|finestra|serratura)|(?:e entrat[ao]|"
            "si e introdott[ao]|e entrat[ao] di forza) (?:in|a) casa (?:mia )?(?:senza|di forza|"
            "di notte|mentre)|(?:ha rigato|ha squarciato|ha bucato|ha distrutto|"
            "ha tagliato) (?:la mia macchina|le gomme|i finestrini|la macchina)",
        ),
        Rule(
            "danger",
            "(?:mi ha mandato|mi manda|mi ha inviato|mi invia) (?:una |delle )?(?:foto|"
            "video) (?:di|della|del|dal) (?:casa mia|mia casa|portone|la mia porta|mia finestra|"
            "la mia macchina|mio lavoro)|mi ha chius[ao] (?:in casa|dentro|a chiave)|"
            "non mi lascia uscire|(?:e|e diventat[ao]|e stat[ao]|diventa) (?:molto |super |"
            "tanto )?(?:violento|violenta|aggressivo con me|aggressiva con me)",
        ),
        Rule(
            "danger",
            "ho paura di (?:lui|lei|del mio ex|della mia ex|quello che (?:potrebbe|"
            "puo) fare)|te ne pentirai|me la paghi|me la pagherai|la pagherai|ordine restrittivo|"
            "divieto di avvicinamento|(?:pubblicare|postare|mandare|"
            "diffondere) (?:le mie )?(?:foto intime|nudes|foto nud[ao]|video intimi)",
            ask=True,
        ),
        Rule(
            "danger",
            "(?<!per me )(?:sei|sei gia) mort[ao](?! (?:per me|ahah[^ ]*|haha[^ ]*|"
            "lol)(?= ))|(?:ti ammazzo|ti uccido)(?= $| (?:se|quando|giuro|stronza|troia|"
            "puttana)(?: |$))",
            ask=True,
        ),
        # --- wider families: the same intents in other words ---
        # Explicit ways of dying are no joke even with laughter (only hyperboles are downgraded).
        Rule(
            "suicidal",
            _NOT + _WANT + " (?:suicidarmi|togliermi la vita|impiccarmi|tagliarmi le vene|"
            "avvelenarmi|non svegliarmi|non esistere piu|smettere di vivere|smettere di esistere|"
            "chiudere con la vita)",
        ),
        Rule(
            "suicidal",
            "(?:mi butto|buttarmi|mi lancio|lanciarmi|mi getto|gettarmi|mi butterei) "
            "(?:giu )?(?:dal|dalla|da un|da una|giu dal|giu dalla) (?:[^ ]+ )?(?:balcone|finestra|"
            "ponte|"
            "tetto|palazzo|terrazzo|cornicione|viadotto)",
            ask=True,
        ),
        Rule(
            "suicidal",
            "(?:non|nn) (?:vedo|trovo|ho|ce|c e) (?:piu )?(?:il |un |nessun |alcun )?"
            "(?:motivo|senso|ragione|motivi|ragioni)(?: [^ ]+)? (?:di|per|a) (?:(?:restare|"
            "rimanere|"
            "stare|esserci) (?:qui|qua|al mondo|in vita|ancora qui)|vivere|esistere|andare avanti|"
            "continuare a vivere|svegliarmi)(?! (?:in (?:questa|questo) (?:citta|lavoro|azienda|"
            "casa|"
            "relazione|gruppo)|con (?:lui|lei|te|loro))(?= ))",
        ),
        Rule(
            "suicidal",
            "(?:cerco|cercato|cercando|cercavo|googlo|googlato|googlando) (?:su google |"
            "su internet |online )?(?:come|modi per|il modo per|metodi per|il metodo per) "
            "(?:uccidersi|"
            "suicidarsi|ammazzarsi|uccidermi|suicidarmi|ammazzarmi|morire|farla finita|togliersi "
            "la vita|"
            "togliermi la vita)|come (?:uccidersi|suicidarsi|ammazzarsi|togliersi la vita)(?! "
            "(?:nel|"
            "in) (?:film|libro|gioco)(?= ))|(?:pensando|penso|pensato|pensare|pensavo) (?:al|a|sul|"
            "di) "
            "(?:suicido|sucidio|suicidarmi)",
        ),
        Rule(
            "passive",
            "(?:non|nn) (?:saro|sarei) piu (?:un |una )?(?:problema|peso|fastidio|disturbo) "
            "(?:per|a) (?:nessuno|voi|la mia famiglia|nessuno di voi)|(?:presto|tra poco|tra un po|"
            "fra poco|fra un po|a breve) (?:non )?(?:vi|ti) (?:daro|daro piu) (?:piu )?fastidio|"
            "(?:presto|tra poco|tra un po|fra poco|fra un po) non (?:mi vedrete piu|ci saro piu|ci "
            "saro)",
        ),
        Rule(
            "suicidal",
            _NOT + "(?:me|mi) (?:vojo|voio|vojjo|vojo proprio) (?:ammazza|ammazzare|uccide|"
            "uccidere|mori|more|morire|suicida|butta)",
        ),
        Rule(
            "passive",
            "(?:mi addormento|vado a dormire|vado a letto|chiudo gli occhi|mi sdraio)"
            + gap(4)
            + " (?:sperando|pregando|con la speranza) (?:che )?(?:sia|questa sia) (?:lultima|la "
            "mia ultima)|(?:spero|prego) (?:che )?(?:stanotte|questa notte) sia (?:lultima|la mia "
            "ultima)",
        ),
        Rule(
            "passive",
            "(?:prego|pregando|ho pregato|supplico|chiedo a|chiedo)(?: [^ ]+)? (?:che )?(?:dio|"
            "il signore|gesu|luniverso|qualcuno lassu) (?:mi )?(?:prenda|porti via|chiami a se|"
            "prendesse|portasse via|faccia morire)|(?:dio|signore)(?: [^ ]+)? (?:prendimi|"
            "portami via)(?= $| (?:nel sonno|stanotte|ti prego|adesso|ora)(?: |$))",
        ),
        Rule(
            "passive",
            "(?:magari|spero che|vorrei che|speriamo che|chissa se) mi (?:venisse|venga|"
            "prendesse|prenda|colpisse|colpisca|arrivasse|arrivi) (?:un |una )?(?:infarto|colpo|"
            "malore|"
            "aneurisma|ictus|tumore|malattia|fulmine|accidente)",
        ),
        Rule(
            "passive",
            "(?:sarebbe|sarebbero|tutto sarebbe)(?: tutto| tutti| molto| cosi| davvero)? "
            "(?:meglio|piu facile|piu semplice|piu leggero|piu sereni|piu felici)(?: per tutti| "
            "per voi|"
            " per loro| per la mia famiglia)? se (?:io )?(?:semplicemente |solo )?(?:non ci fossi|"
            "non esistessi|morissi|sparissi|non fossi mai nat[ao]|non ci fossi piu|me ne andassi "
            "per "
            "sempre)",
        ),
        Rule(
            "plan",
            "(?:ho lasciato|ho scritto|lascio|scrivo|ho finito di scrivere|sto scrivendo) (?:una |"
            "le |delle |due )?(?:lettera|lettere|biglietto|biglietti) (?:per|a) (?:mia|mio|i miei|"
            "le mie|"
            "mamma|papa)(?: [^ ]+)? (?:e )?(?:una|un altra|unaltra|unaltro|uno|laltra) (?:per|a)|"
            "(?:lettere|"
            "biglietti) (?:per|a) (?:mia|mio|i miei|le mie|tutti)"
            + gap(8)
            + " (?:stanotte|stasera|"
            "oggi|addio|e il momento|e ora)",
        ),
        Rule(
            "plan",
            "(?:ho scritto|ho detto|ho mandato un messaggio|ho lasciato scritto) (?:a (?:tutti|"
            "mia madre|mio padre|mia sorella|mio fratello)|ai miei|alla mia famiglia) (?:che "
            ")?(?:gli |"
            "le |li )?(?:voglio bene|amo|ringrazio|chiedo scusa)"
            + gap(10)
            + " (?:pastiglie|pillole|"
            "sono in macchina|ponte|lago|binari|corda|lamette|addio|stanotte)|(?:ho cancellato|"
            "ho eliminato|ho chiuso) (?:tutti i )?(?:social|profili|account)(?: [^ ]+)?(?: e)? "
            "(?:ho "
            "scritto|ho salutato|ho detto addio)",
        ),
        Rule(
            "plan",
            "(?:metto|sto mettendo|ho messo|ho messo) da parte (?:le |i |delle |dei |tutte le |"
            "tutti i )?"
            + _PILLS
            + "|(?:accumulo|sto accumulando|ho accumulato|sto conservando|nascondo|"
            "sto nascondendo|ho nascosto) (?:le |i |delle |dei |tutte le |tutti i )?"
            + _PILLS
            + "|(?:le|i) (?:pillole|pastiglie|pasticche|compresse|farmaci|medicine|sonniferi) "
            "(?:le|li) ho "
            "(?:qui|qua|con me|in mano|in tasca|in macchina|accanto|sul comodino|pronte|pronti)",
        ),
        Rule(
            "self_harm",
            "(?:mi sono spent[ao]|mi spengo|spegnermi|ho spento|spegnendo|mi spegnevo) "
            "(?:una |le |delle |la )?(?:sigarett[ae]|cicca|cicche|mozzicone) (?:sulla|sul|sulle|"
            "sui|"
            "addosso|nel|nella)|mi (?:mordo|mordevo|sono mors[ao]) (?:il braccio|le braccia|la "
            "mano|le mani|"
            "i polsi|il polso)(?: [^ ]+)?(?: [^ ]+)? (?:fino a|a sangue|finche)|fino a (?:farmi i "
            "lividi|"
            "farmi sanguinare|sanguinare)",
        ),
        Rule(
            "self_harm",
            "(?:autolesion[^ ]*|tagliarmi|tagli)" + gap(10) + " (?:ci sono ricascat[ao]|"
            "ricascat[ao]|sono ricadut[ao]|ricaduta|ho ricominciato|ricominciato)|(?:ci sono "
            "ricascat[ao]|"
            "ho ricominciato a tagliarmi|ho ripreso a tagliarmi|sono ricadut[ao] nei tagli)",
        ),
        Rule(
            "danger",
            "se (?:mi|ti|la|lo|ci) (?:vede|vedo|trova|becca|becco|trovo|rivede) (?:con|insieme "
            "a|insieme con) (?:un altro|unaltro|un altra|unaltra|qualcuno|unaltra persona|un "
            "ragazzo|una "
            "ragazza|altri)"
            + gap(6)
            + " (?:ammazza|uccide|ammazzera|uccidera|ammazzo|uccido|tutti e "
            "due|entrambi|sfregia|fa del male|spacca|massacra)",
        ),
        Rule(
            "danger",
            "(?:mi ha mandato|mi manda|mi ha inviato|mi ha fatto vedere|ha postato|mi mostra) "
            "(?:la |una |delle |le )?(?:foto|video|immagine|immagini) (?:di|del|della|dei|delle) "
            "(?:una |"
            "un |sua |suo )?(?:pistola|pistole|coltello|coltelli|arma|armi|fucile|proiettili|"
            "proiettile|"
            "lama|emj_gun|emj_knife)",
        ),
        Rule(
            "danger",
            "(?:sta prendendo|prendendo|continua a prendere) a (?:calci|pugni|spallate) (?:la|il) "
            "(?:porta|portone|finestra)|(?:sta cercando di|cerca di) (?:sfondare|entrare|aprire) "
            "(?:la "
            "porta|il portone|in casa)|mi sono chius[ao] (?:in bagno|in camera|dentro|a chiave)"
            + gap(6)
            + " (?:paura|terrorizzat[ao]|e fuori|sta fuori|aiuto)",
        ),
        Rule(
            "danger",
            "(?:cose|dettagli)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:che )?(?:non ho "
            "detto a nessuno|nessuno sapeva|non sa nessuno|non ho raccontato a nessuno)|"
            "(?:presentarsi|si "
            "presenta|presentandosi|compare|spunta) (?:al|alla|nel|nella|dove|sotto|davanti)(?: [^ "
            "]+)?"
            "(?: [^ ]+)? (?:dove|in cui) (?:faccio|vado|lavoro|studio|sono|mi alleno|prendo)|"
            "(?:foto|"
            "fotografia) (?:nostra )?(?:strappata|tagliata|bruciata)|ho trovato la (?:macchina|"
            "porta) "
            "aperta",
        ),
        Rule(
            "danger",
            "mi ha (?:tirato|strappato) i capelli|(?:mi ha )?sbattut[ao] (?:contro|al|sul) "
            "(?:la|il|muro|macchina|porta|terra|pavimento|armadio|tavolo|parete)",
        ),
        Rule(
            "other_at_risk",
            "(?:abbi|abbiate|prenditi|prendetevi) cura (?:del|della|dei|delle|di) [^ ]+ "
            "(?:per me|al posto mio)|(?:si e congedat[ao]|mi ha detto addio|scusa per tutto|"
            "scusate per "
            "tutto|non vi daro piu fastidio)"
            + gap(10)
            + " (?:non risponde|non mi risponde|telefono "
            "spento|cellulare spento|non lo trovo|non la trovo|non si fa sentire|non legge)",
        ),
        Rule(
            "self_harm",
            "(?:ricaduta|ricascat[ao]|ricadut[ao]|di nuovo|ancora)(?: [^ ]+)? "
            "(?:emj_knife|emj_blood)",
        ),
        Rule("danger", "o (?:sei|sarai) (?:mia|mio) o (?:di )?nessun[oa]"),
        Rule(
            "passive",
            _NOT + "(?:non|nn) (?:voglio|vojo) piu vivere(?! (?:con|in|qui con|a|da sol[ao]|"
            "cosi con)(?= ))",
        ),
        # --- round 2: indirect decisions, passive wishes, plans said without naming death ---
        Rule(
            "suicidal",
            "(?:starebbero|vivrebbero|sarebbero|andrebbe|starebbe|vivrebbe) (?:molto |tanto )?"
            "(?:meglio|piu felici|piu sereni|piu tranquilli) senza (?:una madre come me|"
            "un padre come me|una come me|uno come me|di me|me)",
        ),
        Rule(
            "suicidal",
            "(?:pensare|pensando|penso|pensato|cominciato a pensare) (?:a|di) come farlo|"
            "(?:chiudere|chiudo|chiudero|chiuderla) (?:la faccenda|tutto|i conti|la partita)(?"
            ": [^ ]+)?"
            "(?: [^ ]+)? (?:una volta per tutte|per sempre|definitivamente)|non mi ferma nessuno|"
            "nessuno mi (?:ferma|fermera|puo fermare)|(?:ridato|restituito|reso) (?:a tutti )?"
            "(?:le cose|tutto)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? prestat[oaie]",
            ask=True,
        ),
        Rule(
            "suicidal",
            "(?:passera|passa|non passa)" + gap(8) + " (?:chiudere|chiudo|chiudero) (?:la "
            "faccenda|tutto|i conti)|(?:chiudere|chiudo|chiudero) (?:la faccenda|tutto|i conti)"
            + gap(8)
            + " (?:non mi ferma nessuno|nessuno mi ferma)",
        ),
        Rule(
            "suicidal",
            "(?:ormai )?(?:non|nn) mi chiedo (?:piu )?se(?: [^ ]+)?(?: [^ ]+)? mi chiedo "
            "(?:quando|come)|(?:non|nn) e (?:piu )?(?:se|questione di se)(?: [^ ]+)? ma (?:qua"
            "ndo|come)",
        ),
        Rule(
            "suicidal",
            "(?:deciso di|voglio|vorrei|preferisco|preferirei|meglio) (?:non|nn) esserci (?:piu|"
            "proprio piu)|(?:togliere|togliermi|levare|levarmi) (?:la )?mia vita|"
            "(?:leva|levare|levarmi|levarme|levarmi|togliermi|toglierme|levo|levamme)(?: [^ ]+)? "
            "(?:a|di|da|e) (?:miez|mezzo|miezo)(?: [^ ]+)? (?:pe sempe|per sempre|pe semp)",
        ),
        Rule(
            "suicidal",
            "(?:questanno|quest anno|questo anno|il natale|natale|il compleanno|lestate|lanno) "
            "(?:non|nn) (?:lo|la|ci) (?:finisco|arrivo|vedo|passo|festeggio|supero)(?! (?:il|l"
            "a|lo|i|"
            "le|gli|un|una|uno|questo|questa|quel|quella|in|con|a|al|alla|senza|il corso)(?= ))",
        ),
        Rule(
            "suicidal",
            "io (?:pure|neanche|nemmeno|manco|anche) (?:no |nn |non )?(?:tra poco|a breve|presto|"
            "fra poco|tra un po)",
        ),
        Rule(
            "passive",
            "(?:il signore|dio|signore|gesu|la madonna) (?:mi prende|mi prendesse|mi porta via|"
            "mi portasse via|mi chiama|mi chiamasse|mi vuole prendere|mi pigliasse|mi piglia)"
            "(?: stanotte| stasera| domani| adesso)?(?: [^ ]+)?(?: [^ ]+)? (?:non|nn) mi "
            "(?:lamento|dispiace|dispiacerebbe|oppongo)|(?:che|se) (?:il signore|dio|gesu) mi "
            "(?:prendesse|portasse via|pigliasse)",
        ),
        Rule(
            "passive",
            "(?:spero|vorrei|magari|sogno|prego)(?: [^ ]+)? (?:che )?(?:un|una) (?:autobus|"
            "macchina|camion|tir|treno|auto|moto|pullman) mi (?:prenda|investa|travolga|"
            "metta sotto|schiacci|prendesse|investisse|travolgesse)|(?:magari|spero che|vorrei che|"
            "speriamo che) mi (?:venisse|venga|prendesse|prenda) (?:qualcosa|un infarto|un tumore|"
            "un malore|una malattia|un colpo)",
        ),
        Rule(
            "passive",
            "(?:addormentassi|addormentarmi|dormire|dormissi|addormentarsi|addormentata|"
            "addormentato) per sempre|sparire (?:tipo |davvero |proprio |del tutto )?per sempre|"
            "(?:stanc[oa]|stuf[oa]|esaust[oa])" + gap(4) + " di (?:esistere|essere viv[oa]|"
            "respirare)(?! (?:solo|per|cosi|in questo modo|come)(?= ))" + _NO_LAUGH,
        ),
        Rule(
            "passive",
            "se (?:moro|muoio|morissi|crepo|crepassi|schiatto|non mi svegliassi|sparissi)"
            "(?: domani| stanotte| oggi)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:sarebbe|sai che|"
            "era|e) (?:pure |anche |quasi )?(?:un |n )?(?:sollievo|meglio|pace|liberazione|"
            "riposo)",
        ),
        Rule(
            "plan",
            "(?:legge|legga|vede|veda|trova|trovi|riceve|riceva|leggera|vedra) quando (?:non|nn) "
            "ci (?:sono|saro) piu|(?:ho programmato|programmato|ho pianificato) (?:un |il )?"
            "(?:msg|messaggio|mail|post)" + gap(8) + " (?:quando|dopo|addio)",
        ),
        Rule(
            "plan",
            "(?:in|da) (?:tre|3|due|2|quattro|4|diverse|varie|piu) (?:farmacie|negozi)"
            "(?: diverse| differenti)?(?: [^ ]+)? (?:cosi|perche|per non) (?:nessuno|non)",
        ),
        Rule(
            "plan",
            "(?:sono|sto|seduto|seduta|in piedi) (?:sul|sulla|sul bordo del|sul bordo della|"
            "sul cornicione|in cima al|in cima alla|sul parapetto del) (?:cavalcavia|ponte|tetto|"
            "cornicione|terrazzo|scogliera|binari|viadotto|palazzo|dirupo|precipizio)"
            + gap(10)
            + " (?:salutare|addio|ciao a tutti|volevo salutare|saluto|qualcuno|buttarmi|saltare)",
        ),
        Rule(
            "plan",
            "(?:tutta la boccetta|tutta la scatola|tutto il flacone|tutto il blister|"
            "tutta la confezione|tutte le gocce|tutta la scatoletta)|(?:ho scelto|scelto|ho de"
            "ciso) "
            "(?:il posto|il luogo|il modo|il metodo) e (?:il giorno|la data|lora)(?! (?:del|de"
            "lla|per|di)(?= ))|(?:ho scelto|"
            "scelto|ho deciso) (?:il giorno|la data) e (?:il posto|il luogo|il modo)|(?:una )?"
            "(?:lettera|lettere|biglietto) per ciascun[oa] dei (?:miei|nostri) (?:figli|bambini|"
            "ragazzi|nipoti)|(?:insieme al|con il|accanto al|vicino al) testamento",
        ),
        Rule(
            "plan",
            "volevo (?:solo )?che qualcuno lo sapesse|il (?:gatto|cane|micio) lo tiene(?!"
            + gap(2)
            + " (?:mentre|per|quando|finche|durante)(?= ))|"
            "grazie per le chiacchiere|(?:lasciato|lascio|ho lasciato) le chiavi (?:alla|al) "
            "(?:portinaia|portiere|vicina|vicino)(?! (?:mentre|per|quando|finche|durante)(?= ))",
            ask=True,
        ),
        Rule(
            "self_harm",
            "(?:sulle cosce|sulla coscia|sui fianchi|sulla pancia|sul braccio|sulle braccia|su"
            "i polsi|"
            "sul polso|sulle gambe) (?:cosi|dove|perche) (?:nessuno|non) (?:vede|veda|se ne ac"
            "corge|"
            "nota|si accorge|lo vede)|solo (?:la lametta|la lama|le lamette|il taglierino|il r"
            "asoio)"
            "(?: [^ ]+)? (?:mi|fa)",
        ),
        Rule(
            "self_harm",
            "(?:preso a testate|dato testate|dato capocciate|preso a pugni|dato pugni|testate "
            "contro|"
            "pugni contro|capocciate contro) (?:il muro|la parete|lo specchio|la porta|al muro|"
            "contro il muro)|(?:rifatto|rifatta|fatto di nuovo|rifaccio|rifatto) (?:col|con il|"
            "con la|con una) (?:temperino|lametta|lama|taglierino|rasoio)|(?:felpa|maniche lunghe) "
            "(?:a|ad|in) (?:luglio|agosto|estate|giugno|pieno agosto) (?:di nuovo|ancora)",
        ),
        Rule(
            "self_harm",
            "bagno (?:di nuovo|ancora|unaltra volta)",
            ask=True,
        ),
        Rule(
            "other_at_risk",
            "(?:regalando|regala|regalato|dando via|ha dato via) (?:tutte )?(?:le sue cose|la sua "
            "roba)" + gap(6) + " (?:saluta|salutando|salutato|addio|saluti)",
        ),
        Rule(
            "other_at_risk",
            "saluta (?:strano|strana|in modo strano|tutti)|regalando (?:tutte )?le sue cose",
            ask=True,
        ),
        Rule(
            "danger",
            "(?:maccide|m accide|me accide|maccidd[^ ]*|taccido|te accido|macide)|(?:tene|tien"
            "e|ha) "
            "(?:nu|un|una) (?:curtiello|coltello|cortello|pistola|fucile|coltellaccio|mazza)"
            "(?: [^ ]+)? (?:dint|dinta|nella|in macchina|in auto|in casa|carico|carica|nel cas"
            "setto)",
        ),
        Rule(
            "danger",
            "(?:manda|mandera|pubblica|pubblichera|diffonde|diffondera|mette online|posta) "
            "(?:le mie |tutte le mie )?(?:foto|video) (?:intime|nude|private|hot|osè|ose)|"
            "(?:viene|verra|venire) a cercarmi (?:a casa|sotto casa|al lavoro)|(?:bambini|figli|"
            "bimbi|ragazzi|figlio|figlia|bambino|bambina)" + gap(8) + " (?:non|nn) (?:li|le|lo|la) "
            "rivedr[^ ]* piu|(?:ha|tiene) (?:il porto darmi|un fucile|una pistola) "
            "(?:e |in |a )|la prossima volta(?: [^ ]+)? (?:non|nn) si (?:ferma|fermera|trattiene)",
        ),
        Rule(
            "danger",
            "(?:parcheggiat[oa]|appostat[oa]|fermo|ferma|piantat[oa])(?: di nuovo| ancora)? "
            "(?:davanti|fuori|sotto|vicino) (?:a|al|alla|allo|all)? ?[^ ]+(?: [^ ]+)?(?: [^ ]+)? "
            "(?:non|nn) scende|(?:non|nn) scende(?: [^ ]+)? (?:guarda e basta|guarda|fissa|mi "
            "fissa)",
        ),
        # Round 3: indirect exits, quiet plans and hidden harm, said without naming death.
        Rule(
            "suicidal",
            "(?:quanto|come) sarebbe facile (?:non (?:girare|frenare|sterzare|fermarmi)|uscire di"
            " strada|"
            "lasciarmi andare|buttarmi|saltare|schiantarmi)",
        ),
        Rule(
            "suicidal",
            "(?:modo|maniera|versione) (?:di|in cui) (?:uscirne|uscire|ne esco) viv[oa]",
            ask=True,
        ),
        Rule(
            "suicidal",
            "senza (?:di )?me" + gap(10) + " (?:renderlo|farlo|rendere) (?:la cosa )?ufficiale",
        ),
        Rule(
            "suicidal",
            "se (?:io )?(?:semplicemente |solo )?(?:smettessi|smetto) di"
            " (?:esserci|esistere|essere qui|vivere)",
        ),
        Rule(
            "suicidal",
            "(?:uscita|via d uscita|opzione|soluzione|porta|strada)"
            + gap(6)
            + " (?:e )?(?:quella )?(?:definitiva|permanente|finale)",
        ),
        Rule(
            "suicidal",
            "(?:una|qualche|certa) (?:notte|sera|volta|giorno) (?:di queste )?non"
            " (?:torno|tornero|ritorno)",
        ),
        Rule(
            "suicidal",
            "(?:penso|pensare|voglio) (?:di )?(?:finire|terminare|porre fine a) (?:la )?mia vita",
        ),
        Rule(
            "suicidal",
            "(?:cercare|cercando|cerco|cercato|googlare) (?:su (?:google|internet)"
            " )?(?:cose|modi|metodi|come)" + gap(3) + " (?:che|ke) non (?:dovrei|devo|dovevo)",
            ask=True,
        ),
        Rule(
            "suicidal",
            "(?:motivi|ragioni) per (?:restare|vivere|andare avanti|continuare|resistere)"
            + gap(8)
            + " (?:piu corte|piu corta|non me n|nessuno|nessuna|finiti|sempre meno)",
        ),
        Rule("suicidal", "voglio uscire" + gap(10) + " (?:da tutto|dalla vita|da questo mondo)"),
        Rule(
            "suicidal",
            "(?:voglio|devo) (?:uscire|andarmene) (?:da tutto|dalla vita|da questo mondo)",
        ),
        Rule(
            "suicidal",
            "(?:ho scelto|ho fissato|ho deciso|scelto) (?:la|il) (?:data|giorno)"
            + gap(5)
            + " (?:tranquill[oa]|calma|pace|sollievo|leggera|leggero|strana|strano)",
            ask=True,
        ),
        Rule(
            "passive",
            "(?:addormentarmi|dormire)"
            + gap(3)
            + " (?:e )?saltare il resto della (?:vita|mia vita)",
        ),
        Rule(
            "passive",
            "se (?:domani |oggi )?mi (?:investe|investisse|prende|prendesse|mette sotto)"
            " (?:un|una) "
            "(?:autobus|bus|camion|macchina|treno|tram)",
        ),
        Rule("passive", "spero (?:che )?(?:l )?aereo (?:cada|precipiti)"),
        Rule("passive", "(?:spero|sperando|vorrei) di non svegliarmi"),
        Rule(
            "passive",
            "non (?:voglio|vorrei) esserci (?:quando|per quando) (?:migliora|andra meglio|passa)",
        ),
        Rule(
            "passive",
            "(?:per )?non (?:essere|esserci)"
            + gap(2)
            + " non (?:mort[oa]) (?:proprio|esattamente)",
        ),
        Rule(
            "passive",
            "(?:stanc[oa]|stufa|stufo|esaust[oa]) di (?:svegliarmi|essere"
            " viv[oa]|esistere|respirare|vivere)",
        ),
        Rule(
            "passive",
            "(?:compleanno|natale)"
            + gap(16)
            + " (?:e )?(?:non averne|non avere|non arrivare a|non vedere) un altro",
        ),
        Rule(
            "passive",
            "se (?:sparissi|morissi|me ne andassi) (?:per sempre|domani|oggi)? ?"
            "(?:cambierebbe|importerebbe|se ne accorgerebbe|qualcuno se ne)",
        ),
        Rule(
            "plan",
            "(?:lasciato|dato|regalato|affidato) (?:il cane|il gatto|la gatta|la cagnolina|i miei"
            " animali|le piante)" + gap(10) + " (?:lettera|biglietto|addio|scritto)",
        ),
        Rule(
            "plan",
            "(?:sistemato|messo in ordine|ordinato) (?:tutte )?(?:le mie|le)"
            " (?:cose|carte|faccende)" + gap(12) + " (?:lettera|biglietto|addio|lasciato)",
        ),
        Rule(
            "plan",
            "(?:le |i )?(?:pastiglie|pillole|pasticche|farmaci|lamette|corda|pistola) (?:sono|e) "
            "(?:sul tavolo|qui|davanti a me|accanto a me|in mano|pronte|pronti|sul letto)",
        ),
        Rule("plan", "(?:in garage|garage) con (?:la macchina|l auto|il motore) (?:accesa|acceso)"),
        Rule(
            "plan",
            "(?:cancellato|ridato|restituito|pagato) (?:i social|i soldi|tutti|quello che|i miei)"
            + gap(18)
            + " (?:scritto|lettera|biglietto|e il momento|domani)",
        ),
        Rule(
            "plan",
            "(?:domani|stasera|venerdi) (?:quando|dopo che|appena) (?:escono|se ne vanno|tutti|la"
            " famiglia)" + gap(6) + " (?:e il momento|e il giorno|e quando|lo faccio)",
        ),
        Rule(
            "self_harm",
            "(?:accendino|sigaretta|piastra|ferro|cucchiaio caldo)"
            + gap(4)
            + " (?:sul|sulla|contro il|contro la|sui|sulle)"
            " (?:polso|polsi|braccio|braccia|pelle|gamba|gambe|coscia)",
        ),
        Rule("self_harm", "mi (?:brucio|sono bruciat[oa]|sto bruciando|bruciavo) con"),
        Rule(
            "self_harm", "(?:tornat[oa]|torno|ritornat[oa]) alle (?:lamette|lame|lamette da barba)"
        ),
        Rule(
            "self_harm",
            "mi (?:do|davo|sono dat[oa]) (?:colpi|pugni|testate) (?:in testa|sulla testa|al"
            " muro|contro il muro)",
        ),
        Rule(
            "self_harm",
            "(?:ricaduta|ricaduto)" + gap(6) + " (?:tagliarmi|tagli|autolesion[^ ]*|farmi male)",
        ),
        Rule(
            "danger",
            "(?:numero sconosciuto|numero privato|numero nuovo|numero anonimo)"
            + gap(14)
            + " (?:e lui|era lui|e lei|so che e)",
        ),
        Rule(
            "danger",
            "(?:in casa|a casa mia|nel mio appartamento|in camera) (?:le )?cose (?:sono"
            " )?(?:spostate|"
            "fuori posto)|cose (?:spostate|fuori posto) (?:in casa|a casa mia|in camera)",
        ),
        Rule(
            "danger",
            "(?:spaccato|rotto|distrutto) il (?:telefono|cellulare)"
            + gap(4)
            + " (?:spinto|spinta|sbattut[oa]|picchiat[oa])",
        ),
        Rule(
            "danger",
            "se non (?:sono|sei|sto|stai) (?:sua|suo|tua|tuo|con lui|con lei)"
            + gap(2)
            + " non (?:sono|sei|sarai|saro) di (?:nessuno|nessuna)",
        ),
        Rule(
            "danger",
            "(?:sono chius[oa]|mi sono chius[oa]|nascost[oa]|mi sono nascost[oa]) in"
            " (?:bagno|camera|macchina)",
        ),
        Rule(
            "other_at_risk",
            "(?:sangue|tagli|cicatrici|bruciature) (?:sulle|sui|sulla|sul)"
            " (?:maniche|manica|braccia|polsi|gambe|"
            "lenzuola|asciugamani)",
        ),
        Rule(
            "other_at_risk",
            "(?:scritto|mandato|detto|scrive|dice)"
            + gap(4)
            + " non (?:dovrai|dovrete|devi) (?:piu )?"
            "(?:sopportarmi|vedermi|sentirmi|avere a che fare con me)",
        ),
        Rule("other_at_risk", "(?:regala|regalando|sta dando via|da via) (?:tutte )?le sue cose"),
    ),
    exceptions=(
        # Figures of speech.
        "(?:muoio|sto morendo|morire|morta|morto|sono mort[ao]|morivo|moriro|quasi morta|"
        "quasi morto|ero mort[ao]) (?:di|dal|dalla|dalle|d) (?:ridere|risate|risata|fame|sonno|"
        "noia|caldo|freddo|curiosita|voglia|invidia|gelosia|amore|sete|stanchezza|imbarazzo|"
        "vergogna|nervoso|paura|felicita|gioia|tenerezza)",
        "(?:mia madre|mia mamma|mio padre|mio papa|i miei|il mio capo|la mia capa|il prof|la prof|"
        "questo esame|lesame|quest esame|questesame|il caldo|il traffico|queste scarpe|"
        "la curiosita|sta canzone|questa canzone|mia sorella|mio fratello|sto meme|questo meme|"
        "sto video)(?: [^ ]+)?(?: [^ ]+)? (?:mi ammazza|mi uccide|mi ammazzera|mi uccidera|"
        "mi ammazzerebbe|mi ucciderebbe|mi sta uccidendo|mi stanno uccidendo|mi stanno ammazzando|"
        "mi sta ammazzando|mi ha ucciso|mi ha uccisa|mi ha ammazzato|mi fa morire)",
        "qualcuno mi (?:spari|ammazzi|uccida)|(?:manco|neanche|nemmeno|piuttosto) mort[ao]|"
        "bell[ao] da morire|da morire",
        # Negations.
        "(?:non|nn|mai|giammai|neanche per sogno) (?:mi )?(?:voglio|vorrei|penso di|farei|potrei|"
        "ho intenzione di|sto pensando di)? ?(?:mi )?(?:ammazzo|uccido|suicido|ammazzarmi|"
        "uccidermi|suicidarmi|farmi del male|farei del male|taglierei|tagliarmi|togliermi la vita|"
        "morire|buttarmi|farla finita)(?: [^ ]+)?",
        "(?:non|nn|mai) (?:ho|ho mai avuto|avrei|sento) (?:[^ ]+ )?(?:pensieri|idee|ideazione|"
        "tendenze|intenzioni) (?:suicid[ie]|suicidari[ae]?)",
        "(?:non|nn) (?:sono|mi sento) (?:in pericolo|suicida)",
        "(?:lui|lei|il mio ex|la mia ex)?(?: [^ ]+)? ?(?:non|"
        "nn) mi (?:ha )?(?:mai )?(?:picchiat[ao]|toccat[ao]|fatto del male|minacciat[ao]|"
        "alzato le mani|messo le mani addosso|seguit[ao]|perseguitat[ao])",
        # Films, books, news, studies, work.
        _STUDY + "(?: [^ ]+)?(?: [^ ]+)? (?:sul|sullo|sulla|sugli|sulle|su|di|del|della|dello|"
        "contro|che parla di|che parla del|riguardo a|riguardo al|sull) ?(?:[^ ]+ )?(?:[^ ]+ )?"
        + _TOPIC,
        "(?:prevenzione|prevenire|telefono amico|telefono azzurro|volontaria|volontario|"
        "volontariato|campagna|tasso|tassi|statistiche|rischio|protocollo|riconoscere|individuare|"
        "identificare|segnali di|segnali del|rispondo a|ascolto|ascoltiamo|sentiamo|persone con|"
        "pazienti con|casi di|vittime di|sopravvissuti a|"
        "sopravvissute a)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:al |del |di |il |lo |la |le |i |"
        "gli |della |dei |delle |sul )?(?:[^ ]+ )?(?:suicidio|suicidi|pensieri suicidi|"
        "idee suicide|comportamenti suicidari|ideazione suicidaria|autolesionismo|stalking|"
        "violenza|overdose|rischio suicidario)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?",
        "(?:nel|nella|in quel|in quella|in questo|in questa) (?:film|serie|libro|romanzo|capitolo|"
        "episodio|puntata|gioco|documentario|canzone|anime|notizia)" + gap(8),
        "(?:film|serie|libro|romanzo|capitolo|episodio|puntata|documentario|canzone|anime|notizia|"
        "storia)(?: [^ ]+)? (?:parla di|racconta di|racconta la storia di|e su|tratta di|"
        "ha un personaggio che|mostra) (?:un|una|uno|il|la|lo|come)? ?[^ ]+" + gap(6),
        # Quotes and lyrics.
        "(?:diceva sempre|dice sempre|mi diceva|diceva|come dice la canzone|la canzone fa|"
        "la canzone dice|dice la canzone|il testo dice|come si dice|il detto|la frase|il meme|"
        "ha scritto per scherzo|scherzando)" + gap(9),
        # Clearly past and recovered.
        _PAST + gap(12) + " (?:ma|e|oggi|ora|adesso|ormai|da allora|stavolta|questa volta|questa|"
        "questo|attualmente|sono|sto)" + gap(4) + " " + _RECOVERED,
        _PAST_THEN + gap(12) + " (?:ora no|adesso no|ma ora no|non piu|e passata|ormai e passata|"
        "lho superato|mai piu|ho smesso)",
        "[^ ]+" + gap(6) + " (?:anni fa|mesi fa|anno fa|tempo fa|al liceo|alle medie|"
        "da adolescente|in passato|una volta)"
        + gap(3)
        + " (?:ma|e|ora|adesso|oggi|ormai)"
        + gap(4)
        + " "
        + _RECOVERED,
        # Accidents.
        "(?:mi sono tagliat[ao]|mi sono ferit[ao]|mi taglio) con (?:un|il|una|la) (?:foglio|"
        "pezzo di carta|carta|vetro|coltello del pane|bicchiere rotto|lattina|apriscatole)|"
        "(?:per sbaglio|per errore|accidentalmente|"
        "senza volerlo)(?: [^ ]+)?(?: [^ ]+)? (?:mi sono tagliat[ao]|mi sono bruciat[ao]|"
        "mi sono fatt[ao] male)|(?:mi sono tagliat[ao]|mi sono bruciat[ao]|"
        "mi sono fatt[ao] male) (?:per sbaglio|cucinando|con la carta|in palestra|giocando|"
        "al ginocchio|alla caviglia)",
        "(?:mi segue|mi seguiva|mi ha seguit[ao]) (?:su|in) (?:instagram|insta|ig|tiktok|twitter|"
        "facebook|fb|spotify|tutti i social|i social)",
        # Asked and answered no.
        "(?:mi ha chiesto|chiesto|mi chiede|mi chiedeva|mi ha domandato) se"
        + gap(6)
        + " (?:e )?(?:ho detto )?(?:di )?(?:no|mai)",
        # Past, now fine (a longer story between the two).
        "(?:"
        + _PAST
        + "|dopo la (?:prima|mia prima|scorsa|ultima) rottura)"
        + gap(16)
        + " (?:ma|e|"
        "oggi|ora|adesso|ormai|da allora|stavolta|questa volta|sono|sto)"
        + gap(5)
        + " "
        + _RECOVERED,
        "(?:lultima volta|la volta scorsa|con lultima rottura|prima)"
        + gap(12)
        + " (?:stavolta|questa "
        "volta|ora|adesso|oggi)(?: sono| sto)? (?:solo |solamente )?(?:incazzat[ao]|arrabbiat[ao]|"
        "triste|giu|bene|tranquill[ao])",
        # Round 2: the past left behind, negations, films, figures of speech.
        "(?:mi tagliavo|mi facevo del male|mi ferivo|mi tagliuzzavo)" + gap(10) + " (?:sono "
        "[^ ]+ anni che non|non lo faccio da|da [^ ]+ anni|pulita|pulito|non mi riporta|mai piu|"
        "ho smesso)",
        "(?:mi |ci )?(?:seguiva|perseguitava|minacciava|picchiava|pedinava)"
        + gap(16)
        + " (?:si e trasferit[oa]|trasferit[oa]|zero contatti|nessun contatto|non lo vedo|"
        "non la vedo|non lo sento|non la sento)",
        "(?:non|nn|mai|nao|no) (?:e|era|e mai stat[oa]|e stat[oa]|fu|es) (?:per niente |"
        "affatto |mai |nada )?(?:violent[oa]|aggressiv[oa]|agressiv[oa])",
        "(?:sono )?(?:stanc[oa]|stuf[oa]) di (?:esistere|vivere) (?:solo )?per (?:lavorare|"
        "studiare|pagare|gli altri|le bollette)",
        "non e che (?:voglio|vorrei|io voglia|voglia|mi voglio|volessi) (?:morire|uccidermi|"
        "ammazzarmi|farla finita)",
        "(?:nel|nella|nello|alla fine del|alla fine della|nellultima|nellultimo) (?:finale|film|"
        "serie|libro|episodio|puntata|romanzo|anime|fumetto|stagione)" + gap(12),
        "(?:mi sono |mi |mi ero |sono )?(?:tagliat[oa]|taglio|tagliavo|tagliare|tagliarmi) fuori",
        "(?:sono |sto |siamo )?(?:sul|sulla|in cima al|sul tetto del) [^ ]+(?: [^ ]+)?(?: [^ ]+)? "
        "(?:che vista|che bello|che vento|che spettacolo|foto|selfie|tramonto|vista)",
        # Round 3: quoted, retold and negated uses.
        "non e che (?:voglio|vorrei|penso di) (?:suicidarmi|uccidermi|ammazzarmi|morire|farla"
        " finita)" + gap(4) + " (?:sono solo|solo|e che)",
        "(?:voglio morire|vorrei morire|mi voglio ammazzare)"
        + gap(14)
        + " (?:mignolino|mignolo|dito|spigolo|la mia amica|il mio amico)",
        "(?:avrei|avrebbe) (?:scritto|detto|postato)"
        + gap(2)
        + " (?:voglio morire|mi voglio ammazzare|"
        "voglio sparire|vorrei morire)",
        "nel (?:19|20)[0-9]* (?:io )?(?:volevo|ho provato|pensavo di)"
        + gap(4)
        + gap(12)
        + " (?:oggi|adesso|ora)",
        "(?:canzone|brano|testo|film|serie|frase) (?:che|ke) (?:fa|dice|canta)" + gap(5),
        "(?:se )?(?:mi taglio|tagliarmi|mi sono tagliat[oa]) (?:di nuovo |ancora )?(?:il|un|i)"
        " (?:dito|dita)",
        "(?:last of us|videogioco|gioco|film|serie|anime|fumetto)"
        + gap(4)
        + " (?:si taglia|si e tagliat[oa])"
        + gap(3),
    ),
)
