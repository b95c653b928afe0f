"""French: crisis and danger phrases, and the idioms, negations, quotes and stories like them."""

from core.safety.recognizer import Recognizer, Rule

# One optional word that is not a negation ("je veux pas mourir" must not match).
_W = "(?:(?!pas |plus |jamais |pu |rien |ne |non |aucun |aucune )[^ ]+ )?"
# The writer about to act: first-person wishes, plans, intentions ("j'ai envie de": "jai envie de").
_WANT = (
    "(?:vais|vai|veux|veu|vx|voudrais|voudrai|compte|pense a|penses a|envie de|envi de|besoin de"
    "|devrais|dois"
    "|prefere|prefererais|aimerais|jaimerais|souhaite|suis pret a|suis prete a|pret a|prete a"
    "|hesite a|vais finir par"
    "|jvais|jvai|jveux|jveu|jvx|jcompte|jpense a|decide de|decidee de|ai decide de|tente de"
    "|essayer de|peux|pourrais"
    "|chui prete a|chui pret a|a deux doigts de|a 2 doigts de|sur le point de|projette de|prevois"
    " de)"
)
# Ways to kill oneself after "me": "me tuer", "me foutre en l'air", "me jeter sous un train".
_SELF = (
    "(?:tuer|suicider|suicide|foutre en (?:lair|l air)|fout en (?:lair|l air)|fous en (?:lair|l"
    " air)|flinguer|pendre|noyer|buter|crever|empoisonner"
    "|ouvrir les veines|tirer une bale|trancher les veines|taillader les veines|defenestrer|faire"
    " sauter la cervelle"
    "|jeter (?:sous|du haut|du pont|dun pont|du toit|dun toit|par la fenetre|dans le vide|dans la"
    " seine|devant))"
)
# He, she, the ex, or "qu'il" / "s'il": the person a danger message is about.
_HE = (
    "(?:il|elle|quil|quelle|sil|ex|mec|keum|copain|mari|type|gars|conjoint|compagnon|lui|meuf"
    "|copine)"
)
# What he did or will do to the writer, after "me", "m'a", "m'avait", "m'ont".
_HURT = (
    "(?:tuer|tue|tuera|tuerait|tuerai|buter|bute|butera|crever|defoncer|defonce|defoncera|frape"
    "|frapee|frapait"
    "|frapera|etrangle|etranglee|etranglait|etrangler|egorger|egorge|planter|plante|poignarder"
    "|poignarde"
    "|massacrer|massacre|flinguer|flingue|tabasser|tabase|tabasee|tabase|cogner|cogne|cognee"
    "|violer|viole"
    "|violee|faire la peau|faire du mal|defigurer|defigure|bruler|brule|gifle|giflee|giflait|bat"
    "|battu|battue"
    "|battre|agresse|agressee|agresser|etoufer|etoufe|etoufee|sequestre|sequestree|enferme"
    "|enfermee|mordu"
    "|mordue|etrangl[^ ]*|trainee par les cheveux|tire par les cheveux|tiree par les cheveux"
    "|donne des coups"
    "|donne un coup|mis des coups|foutu des coups|mis une claque|mis une gifle|casser la gueule"
    "|pete la gueule"
    "|peter la gueule|exploser|defoncer la gueule|descendre|achever|faire payer)"
)
# Films, series, books and songs: what is said inside them is a story, not the writer.
_STORY = (
    "(?:film|films|serie|series|episode|ep|saison|livre|roman|bouquin|chanson|chansons|son|clip"
    "|docu|documentaire"
    "|podcast|article|manga|anime|jeu|polar|thriller|netflix|emission|reportage|musique|morceau"
    "|titre|bd|tome"
    "|chapitre|piece|paroles|refrain)"
)
# One optional word that is not the writer ("il faut que je me tue" is not about him).
_X = (
    "(?: (?!(?:je|j|jme|moi|tu|te|jvais|jveux|ca|sa|ce|cette|cela|mes|mon|ton|ta|tes|on|nous|vous"
    "|ils|elles) )[^ ]+)?"
)
_WIN5 = "(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
_PILLS = (
    "(?:medoc|medocs|medicament[^ ]*|cachet[^ ]*|pilule[^ ]*|comprime[^ ]*|somnifere[^ ]*"
    "|doliprane|dolipranes"
    "|paracetamol|efferalgan|xanax|lexomil|temesta|stilnox|anxio[^ ]*|antidepresseur[^ ]*"
    "|emj_pill|plaquette[^ ]*"
    "|boite[^ ]*|gelule[^ ]*|tramadol|codeine|lyrica)"
)

# Round two: indirect plans, understated wishes, Quebec French, and the jokes that look alike.
_W3 = "(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
_PET = "(?:chat|chatte|chien|chienne|lapin|hamster|perruche|poisson|poissons|animaux|minou|toutou)"
_MORE_RULES = (
    # Ending "it all", said without the word death.
    Rule(
        "suicidal",
        (
            "(?:pas|non pas|mais pas) (?:la|les|le|l|de|d)? ?(?:biere"
            "|bieres|alcool|vin|vodka|picole|bouteille|soiree|clope)"
            " (?:mais )?tout"
        ),
    ),
    Rule(
        "suicidal",
        (
            "(?:pense|pensé|jpense|je pense|songe|envie|tente|decide"
            "|decidee|rendu|rendue)(?: [^ ]+)? (?:a |d )?en finir"
        ),
    ),
    Rule(
        "suicidal",
        (
            "(?:regler|regle|reglerai|vais regler|jvais regler) (?:ca"
            "|tout ca|le probleme|mes problemes|ca une fois) (?:a"
            " ma facon|a ma maniere|a ma sauce|moi meme|definitivement"
            "|pour de bon|une bonne fois)"
        ),
    ),
    Rule(
        "suicidal",
        (
            "(?:plus de force|plus de jus|plus denvie|plus de sens"
            "|plus de raison|aucun sens|plus la force)"
        )
        + _W3
        + " (?:bientot|bientôt|bentot) (?:la fin|fini|finit|termine)",
    ),
    Rule(
        "suicidal",
        "(?:bientot|bientôt) (?:la fin|fini)"
        + _W3
        + " (?:cest decide|jai decide|decide|cest sur|ma decision)",
        ask=True,
    ),
    Rule(
        "suicidal",
        (
            "(?:pas freiner|ne pas freiner|plus freiner|lacher le"
            " volant|lacher le guidon|donner un coup de volant|braquer"
            " le volant|foncer dans (?:le|un|la) (?:mur|arbre|pilier"
            "|platane|camion|rail|glissiere|parapet))"
        ),
    ),
    Rule(
        "suicidal",
        "(?:rails|voie ferree|voies|pont|falaise|vide|le bord)"
        + _W3
        + (
            "(?: [^ ]+)?(?: [^ ]+)? (?:mattire|mattirent|mappelle"
            "|mappellent|tentant|tentante|de plus en plus tentant)"
        ),
    ),
    Rule(
        "suicidal",
        (
            "(?:si|quand) (?:je|jme|je me) (?:meurs|creve|crève|suis"
            " plus la|serai plus la|serais plus la|suis pus la|disparais)"
        )
        + _W3
        + (
            "(?: [^ ]+)?(?: [^ ]+)? (?:serieux|serieusement|pour"
            " de vrai|jy pense|pense|plus souvent)"
        ),
    ),
    # Wishing to be gone, asleep forever, under the ground, never born.
    Rule("passive", "(?:plus exister|ne plus exister|pu exister|arreter dexister|cesser dexister)"),
    Rule(
        "passive",
        (
            "disparaitre (?:[^ ]+ )?(?:pour de vrai|pour de bon|pour"
            " toujours|a jamais|definitivement|de la surface|de la"
            " map|de la carte|completement)"
        ),
    ),
    Rule(
        "passive",
        (
            "(?:meffacer|meffacer|mefacer|me faire oublier|disparaitre)"
            " (?:de la map|de la carte|de la surface|du monde|de"
            " la terre|de la vie)"
        ),
    ),
    Rule(
        "passive",
        (
            "(?:que|qu) (?:plus personne|personne) (?:ne )?(?:me"
            " cherche|me demande|me cherchera|se souvienne de moi"
            "|me regrette)"
        ),
    ),
    Rule(
        "passive",
        "(?:dormir|mendormir|m endormir|dodo)"
        + _W3
        + (
            " (?:pour toujours|pour de bon|a jamais|sans me reveiller"
            "|et pas me reveiller|et plus me reveiller|et ne plus"
            " me reveiller|et pu me reveiller)"
        ),
    ),
    Rule(
        "passive",
        (
            "(?:me reveillais pas|me reveille pas|me reveillerais"
            " pas|pas me reveiller|plus me reveiller|me reveillais"
            " plus|pu me reveiller)"
        )
        + _W3
        + (
            "(?: [^ ]+)?(?: [^ ]+)? (?:derangerait pas|derange pas"
            "|egal|tant mieux|pas grave|pas si grave|mieux|deranger)"
        ),
    ),
    Rule(
        "passive",
        "(?:sous terre|au cimetiere|dans la tombe|six pieds sous terre|6 pieds sous terre)"
        + _W3
        + (
            " (?:a cote de|pres de|avec) (?:mamie|mamy|papi|papy"
            "|ma grand mere|mon grand pere|maman|papa|ma mere|mon"
            " pere|grand mere|grand pere)"
        ),
    ),
    Rule(
        "passive",
        (
            "(?:a cote de|pres de|rejoindre) (?:mamie|mamy|papi|papy"
            "|ma grand mere|mon grand pere|grand mere|grand pere"
            "|maman|papa)"
        )
        + _W3
        + " (?:sous terre|au cimetiere|au calme|la haut)",
    ),
    Rule(
        "passive",
        (
            "(?:serais|serai|serait) (?:bien|mieux) (?:sous terre"
            "|au cimetiere|dans la tombe|mort|morte|six pieds sous"
            " terre)"
        ),
    ),
    Rule(
        "passive",
        (
            "(?:pas si grave|pas grave|pas plus mal|tant mieux|pas"
            " une perte)(?: [^ ]+)?(?: [^ ]+)? (?:si il|sil|si) (?:[^"
            " ]+ )?(?:marrivait|marrive|arrivait) (?:quelque chose"
            "|qqch|un truc|un accident)"
        ),
    ),
    Rule(
        "passive",
        "(?:marrivait|marrive|m arrivait) (?:quelque chose|qqch|un truc|un accident)"
        + _W3
        + " (?:pas si grave|pas grave|tant mieux|egal|lutterais pas|me battrais pas|mieux)",
    ),
    Rule(
        "passive",
        (
            "(?:souhaite|voudrais|aurais prefere|aurais aime|aurait"
            " mieux valu|prefererais|si seulement|regrette)"
        )
        + _W3
        + " (?:jamais|pas) (?:ne|nee|naitre|venu au monde|venue au monde|exist[^ ]*)",
    ),
    # Plans: the will, the pet given away, the search for the dose, the rope, the one-way ticket.
    Rule(
        "plan", "(?:mon|le) testament(?: [^ ]+)? (?:redige|ecrit|fait|pret|signe|termine)", ask=True
    ),
    Rule(
        "plan",
        (
            "testament(?: .*)? (?:le moment|mes codes|mots de passe"
            "|mes mdp|assurance vie|adieu[^ ]*|je le ferai|je le"
            " fais)"
        ),
    ),
    Rule(
        "plan",
        (
            "(?:mes codes|mes mots de passe|mes mdp|mes identifiants"
            "|mes acces|mes codes dacces)(?: .*)? (?:le moment|le"
            " jour|ce sera|ca sera|jy vais|je le fais|je le ferai"
            "|cest fini)"
        ),
    ),
    Rule(
        "plan",
        "(?:donne|confie|laisse|file|refile) (?:mon|ma|mes|le|la|les) "
        + _PET
        + (
            "(?: .*)? (?:tout est (?:en ordre|regle|pret|fait)|lettre"
            " dadieu|adieu|adieux|dit au revoir)"
        ),
    ),
    Rule(
        "plan",
        (
            "(?:ecrit|laisse) (?:a ma mere|a mon pere|a maman|a papa"
            "|une lettre|des lettres|un mot|une lettre dadieu)(?:"
            " .*)? tout est (?:en ordre|regle|pret|fait|range)"
        ),
    ),
    Rule(
        "plan",
        "(?:cherche|googlé|google|googlise|googl[^ ]*|recherche)"
        + _W3
        + (
            "(?: [^ ]+)? combien (?:il en faut|faut en prendre|en"
            " prendre|de cachets|de comprimes|de pilules|il faut)"
        )
        + _W3
        + (
            " (?:pour que (?:ca|sa) (?:suffise|marche|soit fini)"
            "|pour (?:ne plus|pas) se reveiller|pour y rester|pour"
            " que ce soit fini)"
        ),
    ),
    Rule(
        "plan",
        (
            "(?:corde|noeud)(?: [^ ]+)? (?:est |deja |est deja )+(?:accrochee"
            "|accroche|attachee|pendue|prete|installee)"
        ),
    ),
    Rule(
        "plan",
        (
            "(?:pas pris de|pas de|sans) (?:billet )?retour(?: [^"
            " ]+)?(?: [^ ]+)?$|(?:falaise|falaises|pont|viaduc)(?:"
            " .*)? (?:pas pris de|pas de|sans) (?:billet )?retour"
        ),
    ),
    Rule(
        "plan",
        (
            "(?:dit au revoir|fait mes adieux|dit adieu) a (?:tout"
            " le monde|tous|toutes|tout le monde sans)"
        ),
    ),
    # Self-harm in its other forms: the blade back out, burns, fists, cuts on the thighs.
    Rule(
        "self_harm",
        (
            "(?:lame|lames|rasoir|cutter|exacto)(?: [^ ]+)? (?:est"
            " |sont )?(?:ressortie|ressortis|ressortie|ressorties"
            "|ressorti|sortie|de retour)(?: [^ ]+)? (?:du tiroir"
            "|de la boite|de sa cachette)"
        ),
    ),
    Rule("self_harm", "(?:phalanges|jointures|poings|poing|mains|main|doigts) en sang"),
    Rule(
        "self_harm",
        (
            "(?:frappe|defonce|cogne|tape) (?:le|la|un|une|dans le)"
            " (?:mur|miroir|porte|vitre)(?: [^ ]+)?(?: [^ ]+)?(?:"
            " [^ ]+)? (?:jusqua saigner|en sang|je le referais|et"
            " je recommencerais)"
        ),
    ),
    Rule(
        "self_harm",
        (
            "(?:me suis|mes|jme suis|je me suis) (?:brule|brulee"
            "|cramé|crame) (?:[^ ]+ )?(?:le |la |les |mon |ma |mes"
            " )?(?:poignet|bras|main|peau|cuisse|jambe|ventre)?(?:"
            " [^ ]+)?(?: [^ ]+)? (?:expres|avec le briquet|avec une"
            " clope|avec la clope|avec une cigarette|a la clope)"
        ),
    ),
    Rule(
        "self_harm",
        (
            "(?:fais|fait|refais) (?:encore |toujours |de nouveau"
            " )?des (?:coupures|entailles|scarifications|marques)"
            " (?:sur|aux|a) (?:les |mes )?(?:cuisses|jambes|bras"
            "|poignets|hanches|ventre)"
        ),
    ),
    Rule(
        "self_harm", "(?:coupures|entailles) (?:sur|aux) (?:les |mes )?(?:cuisses|jambes|hanches)"
    ),
    # Someone else at risk.
    Rule(
        "other_at_risk",
        (
            "(?:desole pour tout|merci pour tout|prends soin de toi"
            "|bientot fini|bientot la fin|adieu a tous)(?: .*)? (?:repond"
            " pas|repond plus|decroche pas|decroche plus|si il fait"
            "|sil fait|si elle fait|quil fasse|quelle fasse|je fais"
            " quoi|que faire|quoi faire|tel eteint)"
        ),
    ),
    Rule(
        "other_at_risk",
        (
            "(?:lames|lame|rasoir|lames de taille crayon)(?: [^ ]+)?(?:"
            " [^ ]+)?(?: [^ ]+)? (?:dans sa|dans son|sous son|dans"
            " ses) (?:trousse|chambre|sac|tiroir|lit|affaires|poche)"
        ),
    ),
    # Danger: copied keys, watching from outside, knives shown, "next time", the children.
    Rule(
        "danger",
        (
            "(?:double|doubles|copie) de (?:mes|mes propres) cles(?:"
            " .*)? (?:range|ranges|rangees|bouge|bouges|deplace|deplacees"
            "|autrement|entre|rentre|passe)"
        ),
    ),
    Rule(
        "danger",
        "(?:stationne|gare|plante|poste|debout|en bas|devant chez|dehors)"
        + _W3
        + (
            "(?: [^ ]+)?(?: [^ ]+)? (?:fixe|regarde|surveille|guette"
            "|observe|epie|fixait) (?:ma|mes|nos) (?:fenetre|fenetres"
            "|porte|balcon)"
        ),
    ),
    Rule(
        "danger",
        (
            "(?:il|y|lex|elle) (?:[^ ]+ )?(?:fixe|surveille|guette"
            "|epie|fixait) (?:ma|mes|nos) (?:fenetre|fenetres|porte"
            "|balcon)"
        ),
        ask=True,
    ),
    Rule(
        "danger",
        (
            "(?:jose|j ose|jose plus|jose pu|jose pas) (?:pu |plus"
            " |pas )?(?:sortir|aller dehors|mettre le nez dehors)"
        ),
        ask=True,
    ),
    Rule(
        "danger",
        (
            "(?:montre|sorti|sorte|brandi|brandit|pointe|sort) (?:le"
            "|un|son|ce|mon) (?:couteau|cuteau|flingue|pistolet|arme"
            "|revolver)"
        ),
    ),
    Rule(
        "danger",
        (
            "(?:il|elle|y) (?:va|vas|veut) (?:me )?(?:casser la tete"
            "|peter la gueule|defoncer la tete|refaire le portrait"
            "|casser les dents)"
        ),
    ),
    Rule(
        "danger",
        (
            "(?:prochaine fois|la prochaine)(?: [^ ]+)? (?:il|elle"
            "|y) (?:[^ ]+ )?(?:sarretera|sarreterait|sarretrait|sarrete)"
            " (?:pas|plus)"
        ),
    ),
    Rule(
        "danger",
        (
            "(?:il|elle) sait (?:que je suis|que jsuis|que chui|que"
            " je me trouve) (?:la|ici|chez moi|a la maison|a lappart)(?!"
            " pour)"
        ),
    ),
    Rule(
        "danger",
        (
            "(?:sonne|frappe|tambourine|cogne) (?:a la porte )?depuis(?:"
            " [^ ]+)?(?: [^ ]+)? (?:porte|lumiere|il sait|peur|police)"
        ),
    ),
    Rule(
        "danger",
        (
            "(?:menace|menacé|menacait)(?: [^ ]+)?(?: [^ ]+)? (?:de"
            " partir|demmener|de prendre|de garder|de kidnapper|de"
            " menlever|de menlever)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
            " (?:enfants|enfant|petits|fils|fille|gosses|bebe)"
        ),
    ),
    Rule(
        "danger",
        (
            "(?:ne|je) (?:les|le|la) (?:reverrai|reverrais|verrai"
            "|verrais|reverra) (?:jamais|plus jamais)(?! assez| autant)"
        ),
    ),
)
_MORE_EXCEPTIONS = (
    (
        "en finir avec (?:cette|notre|ce|cet|ma relation|mon couple"
        "|lui|elle|mon ex|son ex|les|ses|mes dettes|le|la relation"
        "|nous)(?: [^ ]+)?"
    ),
    (
        "(?:couteau|arme)(?: [^ ]+)?(?: [^ ]+)? (?:pour la cuisine"
        "|de cuisine|suisse|pour le camping|pour la peche|a pain)"
    ),
    # Learning doses for an exam, and a sibling's mock threat about telling a parent.
    (
        "(?:revise|reviser|revision|partiel|exam|examen|cours|pharmaco"
        "|pharmacologie|toxico|fac|etudes|concours)"
    )
    + _WIN5
    + (
        " (?:la |les )?(?:dose|doses) (?:letale|letales|mortelle"
        "|mortelles)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
    ),
    (
        "(?:je |j )?(?:vais|va|jvais) te (?:tuer|buter|defoncer"
        "|massacrer) si tu (?:[^ ]+ )?(?:dis|racontes|montres|balances"
        "|repetes)(?: [^ ]+)?(?: [^ ]+)? (?:papa|maman|mere|pere"
        "|parents|mamie|papi|prof|quelquun|personne)"
    ),
)

_UP = "(?: [^ ]+)?" * 5
_UP8 = _UP + "(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
_TALE = (
    "(?:chanson|paroles|refrain|morceau|film|serie|episode|livre|roman|clip|replique|bouquin|docu)"
)
_R3_RULES = (
    Rule(
        "suicidal",
        "(?:veux|vx|jveux|vais|jvais|envie d|besoin d)(?: [^ ]+)? en finir" + _UP + " avec moi"
        "|en finir avec (?:moi|la vie|ma vie|moi meme|mon existence)",
    ),
    Rule(
        "suicidal",
        "(?:pense|jpense|penser|pensais|songe|jsonge) (?:qua |qu a |quà |a )?(?:me|m) " + _SELF,
    ),
    Rule(
        "suicidal",
        "(?:vais|jvais|veux|jveux|vai) tout (?:arreter|stopper|lacher|plaquer)(?: tout|"
        " definitivement"
        "| pour de bon| pour toujours)?(?: [^ ]+)?(?: [^ ]+)? (?:tu comprends|tu vois ce que|tu me"
        " comprends|tu captes)|(?:vais|jvais) tout (?:arreter|stopper)(?= $)",
        ask=True,
    ),
    Rule(
        "suicidal",
        "(?:pont|toit|falaise|rails|voie feree|quai|viaduc|fenetre)"
        + _UP
        + " (?:jy vais|jy retourne"
        "|j y vais|jy monte|je regarde|jregarde|jy reste)|(?:regarde|regarder|jregarde|fixe)"
        " (?:leau"
        "|le vide|en bas|les rails|les trains)(?: [^ ]+)?(?: [^ ]+)? (?:de plus en plus|longtemps"
        "|des heures|chaque soir|tous les soirs)",
        ask=True,
    ),
    Rule(
        "suicidal",
        "(?:cherche|recherche|googl[^ ]*|regarde|tape)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:la"
        " methode"
        "|le moyen|la facon|la maniere|comment) (?:la plus |le plus )?(?:rapide|indolore|sure"
        "|efficace"
        "|sans douleur|radicale)",
        ask=True,
    ),
    Rule(
        "plan",
        "comment (?:je vais |jvais |je |je vais le |je le |jle )?(?:le faire|faire|men aller|partir"
        "|proceder)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? pas encore (?:quand|la date|le jour)|(?:sais"
        "|jsais|jai choisi|choisi) (?:deja )?(?:comment et quand|ou et quand|comment et ou|le jour"
        " et"
        " lheure)",
    ),
    Rule(
        "passive",
        "(?:plus|pas|pu) peur de (?:la mort|mourir|crever)|(?:serait|ce serait|se serait|sa serait"
        "|ca"
        " serait) (?:[^ ]+ )?(?:un soulagement|une delivrance|une liberation) (?:si|quand) (?:ca|sa"
        "|je|jetais|tout)",
        ask=True,
    ),
    Rule(
        "passive",
        "[^ ]*(?:avion|train|bus|voiture|bateau)[^ ]* (?:[^ ]+ )?(?:secrase|s ecrase|crash[^ ]*"
        "|deraille"
        "|coule|tombe)" + _UP + " (?:derangerait|derange|generait|gene|derangerai) (?:pas|plus)"
        "|(?:derangerait|generait|derange) (?:pas|plus) (?:[^ ]+ )?de (?:mourir|crever|plus me"
        " reveiller|pas me reveiller|y rester|partir)",
    ),
    Rule(
        "passive",
        "plutot (?:crever|mourir|me tuer|clamser|caner) (?:que|qu|quede)",
        ask=True,
    ),
    Rule(
        "passive",
        "si (?:je |j )?(?:nexistais|existais|nexistait|etais) (?:plus|pas)(?: la)?(?: [^ ]+)?"
        "(?: [^ ]+)? (?:ma mere|mes parents|tout le monde|ils|elle|il|personne|plus simple|mieux)"
        "|(?:plus simple|plus facile|mieux|plus leger) (?:pour|a) (?:tout le monde|tous|eux|ma"
        " famille"
        "|mes proches)(?: [^ ]+)? si (?:je |j )?(?:nexistais|existais|etais|partais|disparaissais)",
    ),
    Rule(
        "passive", "(?:pas|plus|pu) envie (?:detre|d etre|de rester) (?:vivante?|en vie|sur terre)"
    ),
    Rule(
        "plan",
        "(?:rassemble|ramasse|stocke|amasse|accumule|mis de cote|garde de cote|economise|planque"
        "|collectionne|recupere|reuni)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? "
        + _PILLS
        + "|"
        + _PILLS
        + "(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:sont|est) (?:sur la table|devant moi|a"
        " cote de moi|prets|pretes|alignes|alignees|sur mon lit)",
    ),
    Rule(
        "plan",
        "(?:depose|donne|confie|laisse|amene|emmene|file) (?:le |la |les |mon |ma |mes )?"
        + _PET
        + "(?: [^ ]+)? (?:chez|a) (?:ma|mon|mes|la|le)|(?:range|trie|donne|distribue) (?:toutes"
        " )?mes"
        " affaires|(?:sache|saches|sachent|sachiez) que (?:jai|j ai) essaye|(?:fait|ecrit|redige)"
        " (?:mon|un) testament",
        ask=True,
    ),
    Rule(
        "plan",
        "(?:dernier|derniere) (?:msg|message|mail|lettre|mot|sms|texto) (?:a|pour|envoye)|(?:mail"
        "|mails|message|messages|lettre|lettres|msg)[^ ]* programme[^ ]*|(?:demain|dimanche|lundi"
        "|mardi|mercredi|jeudi|vendredi|samedi|ce soir|cette nuit|bientot) (?:je serai|jserai|je"
        " serais|jserais|je serai plus|je ne serai) (?:plus|pu|pas) la",
        ask=True,
    ),
    Rule(
        "plan",
        "(?:dans|ds) (?:la|ma) (?:voiture|caisse|bagnole) (?:dans|ds) (?:le|mon|la) garage|garage"
        "(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:le )?moteur|tuyau (?:[^ ]+ )?(?:[^ ]+ )?pot"
        " dechappement",
    ),
    Rule(
        "plan",
        "(?:regarde|cherche|repere|trouve|repere)(?: [^ ]+)?(?: [^ ]+)? (?:ou sont |ou passent"
        " )?(?:les"
        "|mes) veines|(?:couteau|lame|lames|rasoir|cutter|emj_knife|scalpel)[^ ]* (?:est|sont)"
        " (?:[^ ]+ )?(?:a cote de moi|dans (?:le|mon) lit|sous (?:mon|l) oreiller|dans ma trousse"
        "|pret|prete|pretes|prets|sur moi)",
    ),
    Rule(
        "self_harm",
        "manches longues (?:par|en ete|pour cacher|alors quil fait|malgre)|(?:mon bras|mes bras|mes"
        " cuisses|mon poignet|mes poignets|ma cuisse) (?:est|sont) (?:dans un sale etat|en sang"
        "|defonces?|laceres?|plein de marques|couverts? de)|tenu (?:[^ ]+ )?(?:mois|semaines|jours"
        "|ans)"
        " sans (?:me couper|me scarifier|rechuter|me faire du mal)",
        ask=True,
    ),
    Rule(
        "self_harm",
        "(?:tape|cogne|frappe|claque|tapais|cognais|tappe) (?:la|ma) tete contre (?:le|les|un)"
        " (?:mur"
        "|murs|porte|sol) (?:jusqua|jusque|jusqu|pour que|pour me)",
    ),
    Rule(
        "self_harm",
        "(?:me suis|je me|jme|mme|me) (?:[^ ]+ )?(?:coince|brule|coupe|griffe|mordu|frappe|cogne"
        "|tape"
        "|blesse|casse|tordu|ecrase|scarifie|ouvert)[^ ]*" + _UP + " (?:expres|volontairement"
        "|intentionnellement|de mon plein gre)",
    ),
    Rule(
        "danger",
        "(?:il|mon ex|ex) (?:[^ ]+ )?(?:sonne|frappe|tambourine|cogne|gueule)(?: a la porte)?"
        " depuis|(?:il|mon ex|elle) est (?:en bas )?(?:devant (?:chez moi|ma porte|mon immeuble|mon"
        " boulot)|dans (?:le hall|lescalier|ma cage descalier))",
        ask=True,
    ),
    Rule(
        "danger",
        "(?:je sais|jsais|jsai) ou (?:tes|t es|tu es|tu habites|tu vis|tu dors|tu bosses|tu"
        " travailles"
        "|tu te caches)",
        ask=True,
    ),
    Rule(
        "danger",
        "photos de (?:mon|ma|chez moi|mes) (?:balcon|maison|appart|appartement|fenetre"
        "|voiture|porte|immeuble|boulot|enfants|gosses)|depuis (?:des|plein de|differents) numeros"
        " (?:inconnus|masques|differents|caches|prives)",
    ),
    Rule(
        "danger",
        "(?:si tu le quittes|si tu le quitte|si je le quitte|si je pars|si tu pars|si tu te barres)"
        "(?: [^ ]+)?(?: [^ ]+)? (?:il|elle) (?:va|vas|te|me) (?:te |me )?(?:tuer|tue|buter|tuera"
        "|faire la peau|massacrer)",
    ),
    Rule(
        "danger",
        "(?:agit|brandi|brandissait|pointe|pointait|menace|menacee)[^ ]* (?:[^ ]+ )?(?:avec )?(?:un"
        "|le"
        "|son|une|sa) (?:couteau|arme|flingue|pistolet|hache|marteau|emj_knife|fusil|batte)",
    ),
    Rule(
        "suicidal",
        "(?:bientot|enfin|demain|bientôt) (?:vous serez|tu seras|vous allez etre|vous serez enfin"
        "|vous"
        " pourrez etre) (?:tranquilles?|debarasses?|debarrasses?|libres?|en paix)",
    ),
    Rule(
        "other_at_risk",
        "(?:va|part|allait|partait)"
        + _UP
        + " (?:et )?(?:quil |qu il |quelle )?(?:reviendra|rentrera"
        "|reviendrait|rentrerait) (?:pas|plus|jamais)",
        ask=True,
    ),
)
_R3_EXCEPTIONS = (
    "(?:envie|idee|pense|pensee|envi)(?: [^ ]+)?(?: de| a| du)? (?:mourir|crever|me tuer|me"
    " suicider"
    "|en finir|suicide) (?:non|nan|nope|pas du tout|absolument pas|aucunement|jamais)",
    "(?:il|elle|ex|mec|type) (?:[^ ]+ )?(?:est|etait|devient) (?:pas|jamais|plus|absolument pas|pas"
    " du tout|nullement|pas du genre) (?:[^ ]+ )?(?:violent|violente|dangereu[^ ]*)",
    _TALE + _UP8 + " (?:violent|violente|dangereu[^ ]*)",
    "(?:je vais|jvais|vais|jte|je te) (?:te )?(?:tuer|buter|tue|bute|crever|defoncer)(?: [^ ]+)?"
    " (?:a crie|a dit|a hurle|hurlait|criait|disait|ma dit|m a dit|ma crie) (?:ma|mon|la|le)"
    " (?:coloc|mere|soeur|frere|pote|copine|collegue|pere|daron|daronne|mamie|fille|fils|prof|boss"
    "|chef|cheffe|maman|papa|meilleure amie|meilleur pote)",
    _TALE + _UP + "(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:veux|vais|voudrais|jveux) (?:mourir|crever"
    "|me tuer|en finir)",
    "(?:il|elle|ex|mec|type) (?:[^ ]+ )?(?:etait|a ete) (?:[^ ]+ )?(?:violent|violente|dangereu[^"
    " ]*)"
    " (?:a lepoque|autrefois|dans le temps|avant|y a [^ ]+ ans|il y a [^ ]+ ans)",
)


RECOGNIZER = Recognizer(
    lang="fr",
    rules=(
        # --- suicidal: killing oneself, said as a wish, a plan or a thought
        Rule("suicidal", f"{_WANT} {_W}(?:me|m) {_SELF}"),
        Rule(
            "suicidal",
            "(?:je|jme|j|moi je) (?:me |m )?(?:tuerai|suiciderai|suicide|pendrai|jetterai sous"
            "|fous en lair|fout en lair|foutrai en lair)",
        ),
        Rule("suicidal", "(?:me|m|jme) (?:[^ ]+ )?suicid[^ ]*"),
        Rule("suicidal", "suicidaire[^ ]*"),
        Rule(
            "suicidal",
            "(?:pense|pensee|pensees|penser|pensé|songe|songer|reflechis|envie|idee|idees) (?:[^"
            " ]+ )?(?:au|a|de|du) (?:suicide|me suicider|me tuer|mourir|la mort|en finir|men"
            " finir|mettre fin)",
        ),
        Rule("suicidal", f"{_WANT} {_W}(?:en|den|men) finir"),
        Rule("suicidal", "(?:fin|terme) a (?:mes jours|ma vie|mon existence|ma misere)"),
        Rule(
            "suicidal",
            "(?:veux|voudrais|voudrai|aimerais|jaimerais|envie de|envi de|jveux|jveu|jvx|prefere"
            "|prefererais|souhaite|souhaiterais|pret a|prete a|besoin de|ai hate de)"
            f" {_W}(?:mourir|crever|clamser|caner)",
        ),
        Rule(
            "suicidal",
            "(?:veux|veu|voudrais|jveux|jveu|jvx|vx) (?:[^ ]+ )?(?:plus|pu|plu) vivre|(?:plus|pu"
            "|plu|aucune|aucun|pas une|pas de) (?:[^ ]+ )?(?:envie|envi|raison[^ ]*|force|but"
            "|motivation) de vivre",
        ),
        Rule(
            "suicidal",
            "(?:tout le monde|tlm|tous|ma famille|mes parents|les autres|le monde|vous|mes"
            " proches|la terre entiere)"
            "(?: [^ ]+)?(?: [^ ]+)? (?:serait|seraient|serai|sera|seront|vivrait|vivraient|irait"
            "|iraient|serez|seriez)"
            " (?:[^ ]+ )?(?:mieux|plus heureu[^ ]*|tranquille[^ ]*|soulage[^ ]*) sans moi",
        ),
        Rule(
            "suicidal",
            "sans moi (?:[^ ]+ )?(?:tout le monde|tlm|tous|le monde|ma famille|vous|les gens)(?:"
            " [^ ]+)? (?:serait|seraient|sera|seront|irait|iraient|serez|seriez) (?:[^ ]+ )?mieux",
        ),
        Rule(
            "suicidal",
            "(?:serait|ce serait|ca serait|sa serait|se serait|cserait) (?:[^ ]+ )?mieux (?:pour"
            " tout le monde|pour tous|pour tlm|pour eux|pour ma famille) (?:si|que) (?:je|jsuis"
            "|jetais|j|jme|je me)",
        ),
        Rule(
            "suicidal",
            "comment (?:[^ ]+ )?(?:se suicider|se tuer|mourir|en finir|mettre fin|se pendre|me"
            " suicider|me tuer|sans souffrir|sans douleur)",
        ),
        Rule(
            "suicidal",
            "(?:moyen|methode|facon|maniere)[^ ]* (?:[^ ]+ )?(?:de|pour) (?:se suicider|me"
            " suicider|mourir|en finir|se tuer|me tuer)",
        ),
        Rule(
            "suicidal",
            "(?:poids|fardeau|charge) pour (?:tout le monde|tous|ma famille|mes parents|mes"
            " proches|les autres)",
        ),
        Rule(
            "suicidal",
            "(?:sauter|me jeter|me lancer) (?:sous|devant) (?:un|le|une|la) (?:train|metro|rer"
            "|camion|voiture|bus|tram)",
        ),
        # --- passive: wishing to be dead, not to wake up, to disappear for good
        Rule(
            "passive",
            "(?:aimerais|voudrais|veux|souhaite|prefererais|espere|envie de|envi de|jaimerais"
            "|jveux|pourvu que|si seulement|besoin de) (?:[^ ]+ )?(?:[^ ]+ )?(?:ne )?(?:pas|plus"
            "|jamais|pu) (?:me )?(?:reveil|reveiler|reveile|reveilerai|reveilerais|lever|relever)",
        ),
        Rule(
            "passive",
            "(?:mendormir|m endormir|dormir|endormir|mendors|endors) (?:[^ ]+ )?(?:[^ ]+ )?(?:[^"
            " ]+ )?(?:jamais|plus|pas|pu) (?:me |mais |)?(?:reveil|reveiler|reveile)[^ ]*|plus"
            " jamais (?:me )?reveil[^ ]*",
        ),
        Rule(
            "passive",
            "dormir (?:pour toujours|a jamais|pour de bon|pour leternite|eternellement|sans me"
            " reveil[^ ]*)",
        ),
        Rule(
            "passive",
            "disparaitre (?:pour toujours|a jamais|definitivement|pour de bon|de cette terre|de"
            " la surface|de ce monde|de la planete)",
        ),
        Rule(
            "passive",
            "(?:veux|voudrais|aimerais|jaimerais|envie de|envi de|jveux|jveu|jvx|souhaite"
            f"|prefererais|besoin de) {_W}disparaitre",
            ask=True,
        ),
        Rule(
            "passive",
            "(?:a quoi bon|a quoi ca sert de|a quoi sa sert de|a quoi sert de|pourquoi)"
            " (?:continuer a )?(?:vivre|exister|rester en vie|rester ici)",
        ),
        Rule(
            "passive",
            "(?:a quoi bon|a quoi ca sert|a quoi sa sert)(?= $| continuer| me lever| tout ca)",
            ask=True,
        ),
        Rule(
            "passive",
            "(?:souhaite|voudrais|aimerais|jaimerais|prefererais|veux|jveux|prefere|serait mieux"
            f"|ferais mieux d|ferais mieux de) {_W}(?:etre|detre) mort[^ ]*|mieux (?:vaut"
            "|vaudrait) (?:[^ ]+ )?(?:etre )?mort[^ ]*",
        ),
        Rule(
            "passive",
            "(?:si|quand) (?:je|j) (?:mourais|meurs|meur|crevais|creve|disparaissais|disparais"
            "|mourrais|mourai)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:mirait|m irait|tant mieux"
            "|personne|ca changerait|sa changerait|osef|balec|menfou|men fou|men fous|rien a"
            " faire|bien|ok|mieux|ca ira|ca serait)",
        ),
        Rule(
            "passive",
            "(?:si|quand) (?:je|j) (?:mourais|meurs|crevais|creve|disparaissais|mourrais)",
            ask=True,
        ),
        Rule(
            "passive",
            "(?:veux|voudrais|aimerais|jaimerais|envie de|envi de|jveux|jveu|jvx|prefere"
            "|prefererais|besoin de) (?:[^ ]+ )?(?:[^ ]+ )?(?:plus|pu|ne plus) (?:exister|etre la"
            "|etre en vie|etre de ce monde|vivre)",
        ),
        Rule(
            "passive",
            "(?:pas|ne pas|jamais) (?:exister|avoir existe|etre ne|etre nee|detre ne|detre nee"
            "|naitre|etre venu au monde|etre venue au monde)",
        ),
        Rule(
            "passive",
            "(?:regrette|regrete|aurais du|aurais pas du|aurais jamais du) (?:[^ ]+ )?(?:[^ ]+"
            " )?(?:detre|etre|de naitre|naitre) ne",
        ),
        Rule(
            "passive",
            "(?:plus|pu|marre|mare|fatigue|fatiguee|lasse|las|epuise|epuisee|degoute|degoutee)"
            " (?:[^ ]+ )?(?:detre en vie|de la vie|de vivre|dexister|de cette vie|de ma vie)",
        ),
        Rule(
            "passive",
            "(?:camion|voiture|bus|train|metro|tram|bagnole|caisse)[^ ]* (?:[^ ]+ )?me"
            " (?:renverse|renversait|renverserait|percute|percutait|ecrase|ecrasait|fauche"
            "|fauchait|tue|tuait)|me (?:fasse|faire|ferai|fasais) (?:renverser|ecraser|percuter"
            "|faucher) (?:[^ ]+ )?(?:tant mieux|jsp|ca mirait|ca m irait|je men fous|cool)",
        ),
        Rule(
            "passive",
            "(?:jen peux plus|j en peux plus|je nen peux plus|jen peu plus|jpeux plus|je peux"
            " plus|plus la force)(?= $)",
            ask=True,
        ),
        Rule(
            "passive",
            "(?:peux|peut|pourrai|pourrais) (?:pas|plus|pu) vivre sans (?:lui|elle|toi|mon ex)",
            ask=True,
        ),
        Rule(
            "passive",
            "(?:vie|existence)[^ ]* (?:na|a|n a) (?:plus|pu|aucun|pas) (?:de |aucun )?sens"
            "|(?:plus|pu|aucun) (?:de )?sens a (?:ma vie|la vie|vivre|exister)",
        ),
        Rule("passive", "(?:plus rien|rien) (?:na|n a) (?:plus )?(?:de )?sens", ask=True),
        Rule(
            "passive",
            "(?:veux|voudrais|jveux|aimerais|jaimerais|envie|besoin) (?:[^ ]+ )?(?:que|qu)"
            " (?:tout|ca|sa|ça|la douleur) (?:[^ ]+ )?(?:sarrete|s arrete|finisse|cesse|se"
            " termine)",
            ask=True,
        ),
        Rule(
            "passive",
            "personne (?:ne )?(?:me )?(?:regretterait|regreterait|remarquerait|pleurerait|verrait"
            " la difference)|(?:manquerais|manquerai|manquerait) a personne",
            ask=True,
        ),
        Rule(
            "passive",
            "(?:vie|vivre|exister)[^ ]* (?:ne )?(?:vaut|merite) (?:pas|plus|pu) (?:la peine|le"
            " coup|detre vecue)",
        ),
        Rule(
            "passive",
            "(?:cest|c|ces|sa y est) (?:fini|termine|la fin|bientot fini) pour moi",
            ask=True,
        ),
        # --- plan: the means at hand, pills taken, a high place, goodbyes
        Rule(
            "plan",
            "(?:avale|avaler|davaler|pris|prendre|bu|gobe|gober|ingurgite|ingere|pri|prend) (?:[^"
            " ]+ )?(?:[^ ]+ )?(?:toute|toutes|tous|tout|boite|boites|plaquette|plaquettes"
            "|[1-9][0-9]+|plein|bcp|beaucoup|une tonne|un tas|trop|la moitie)[^ ]*(?: [^ ]+)?(?:"
            f" [^ ]+)? {_PILLS}",
        ),
        Rule(
            "plan",
            "(?:avale|avaler|davaler|gobe|gober|ingurgite) (?:[^ ]+ )?(?:des|mes|les|du|de) (?:[^"
            f" ]+ )?{_PILLS}",
        ),
        Rule(
            "plan",
            f"{_PILLS}(?: [^ ]+)?(?: [^ ]+)? (?:devant moi|a cote de moi|sous la main|prets|pret"
            "|pretes|prete|sur la table|sur mon lit|dans ma main|dans la main|stockes|stocke"
            "|stockee|de cote|en reserve|alignes|alignees)",
        ),
        Rule(
            "plan",
            "(?:stock|stocke|stocker|garde|garder|accumule|accumuler|amasse|amasser|cache|cacher"
            f"|achete|acheter) (?:[^ ]+ )?(?:[^ ]+ )?{_PILLS}(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
            " (?:pour (?:ce soir|en finir|le jour|quand|mourir)|au cas ou|depuis)",
        ),
        Rule(
            "plan",
            "(?:jai|je|me|fait|faire|fais|vais) (?:[^ ]+ )?(?:[^ ]+ )?(?:une )?(?:surdose|sur"
            " dose)",
        ),
        Rule(
            "plan",
            "(?:suis|jsuis|je suis|chui|jsui|assis|assise|debout|monte|montee|grimpe|grimpee)(?:"
            " [^ ]+)?(?: [^ ]+)?"
            " (?:sur|au bord du|au bord de|en haut du|en haut de|au dessus du|au dessus de) (?:le"
            " |la |un |une |mon |du |l |ce |cette )?"
            "(?:pont|toit|falaise|rebord|balcon|fenetre|rambarde|parapet|viaduc|immeuble"
            "|passerele|quai|voie|voies|rails|corniche)[^ ]*"
            "(?: [^ ]+)*? (?:regarde en bas|regarde leau|leau|le vide|sauter|saute|haut|etage"
            "|etages|tomber|vide|emj_bridge|en bas|sous moi|le sol)",
        ),
        Rule(
            "plan",
            "(?:suis|jsuis|je suis|chui|jsui|assis|assise|debout) (?:[^ ]+ )?(?:sur|au bord du|au"
            " bord de|en haut du|en haut de) (?:le |la |un |une |mon |du |l |ce )?(?:pont|toit"
            "|falaise|rebord|balcon|rambarde|parapet|viaduc|voie|voies|rails)[^ ]*",
            ask=True,
        ),
        Rule(
            "plan",
            "sauter (?:du (?:pont|toit|haut|balcon|viaduc|[0-9]+[^ ]*)|dun (?:pont|toit|immeuble"
            "|batiment|balcon|viaduc|pont|pont)|de la fenetre|par la fenetre|dans le vide|dans la"
            " seine|dans leau|dans le fleuve|dans le canal|sous (?:un|le) (?:train|metro|rer"
            "|camion))",
        ),
        Rule("plan", "sur (?:les|la) (?:voie|voies|rails) (?:du|de|ferree)"),
        Rule(
            "plan",
            "(?:cest|c|ceci est|voici|ce sera|ca sera|sa sera|ce message est) (?:[^ ]+ )?(?:mon"
            "|ma) dernier (?:message|msg|mot|texto|sms)|(?:mes|mon) dernier[^ ]* mot[^ ]*(?= $|"
            " pour| a| avant)",
        ),
        Rule("plan", "(?:lettre|lettres|mot)[^ ]* dadieu"),
        Rule(
            "plan",
            "(?:message|msg|texto|sms|video|vocal|post)[^ ]* dadieu(?: [^ ]+)?(?: [^ ]+)?(?: [^"
            " ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:repond plus|repond pas|injoignable|decroche pas"
            "|decroche plus|repond toujours pas|ne repond|reponds plus)",
        ),
        Rule("plan", "(?:message|msg|texto|sms|video|vocal|post)[^ ]* dadieu", ask=True),
        Rule(
            "plan",
            "(?:dis|fais|faire|faites) (?:mes |mes derniers )?adieux|adieu (?:a tous|tout le"
            " monde|la vie|ce monde)",
        ),
        Rule(
            "plan",
            "(?:corde|noeud coulant|noeud)[^ ]* (?:[^ ]+ )?(?:achete|achetee|acheter|prepare"
            "|preparee|pret|prete|accroche|accrochee|attache|attachee|noue|nouee|autour du cou)",
        ),
        Rule("plan", "(?:emj_rope|emj_pill|emj_grave)", ask=True),
        Rule(
            "plan",
            "(?:jai|je tiens|jtiens|je serre|g|tiens|jai pris) (?:[^ ]+ )?(?:le |un |mon |la |une"
            " )?(?:couteau|lame|rasoir|flingue|arme|pistolet|cutter)(?: [^ ]+)?(?: [^ ]+)?"
            " (?:dans la main|dans ma main|a la main|sur le poignet|sur les poignets|sur la gorge"
            "|sous la gorge|contre ma|contre mon|sur la tempe|sur ma tempe|pres de moi)",
        ),
        Rule(
            "plan",
            "(?:lames|lame|rasoir|cutter|scalpel)[^ ]* (?:[^ ]+ )?(?:achete|achetee|achetes"
            "|acheter|pret|prete|prets|sortie|sorti|devant moi|a cote de moi|sous la main)",
        ),
        Rule(
            "plan",
            "(?:quand|lorsque|une fois que) (?:je|j) (?:[^ ]+ )?(?:serai|serais) (?:plus|pu)"
            " (?:la|de ce monde)|(?:serai|serais|sera) (?:[^ ]+ )?(?:plus|pu) de ce monde",
        ),
        Rule(
            "plan",
            "(?:donne|confie|laisse|file)[^ ]* (?:[^ ]+ )?(?:[^ ]+ )?(?:chat|chien|chienne|chatte"
            "|animaux|lapin|hamster|perroquet)(?: [^ ]+)*? (?:plus la|pu la|plus de ce monde"
            "|serai parti|serai partie)",
        ),
        Rule(
            "plan",
            "(?:demain|ce soir|cette nuit|bientot) (?:[^ ]+ )?(?:je |j )?(?:serai|serais|sera)"
            " (?:plus|pu) (?:la|ici)",
            ask=True,
        ),
        Rule(
            "plan",
            "(?:donne|distribue|offert|vendu|brade)[^ ]* (?:[^ ]+ )?(?:toutes mes affaires|mes"
            " affaires|tout ce que jai|toutes mes choses)",
        ),
        # --- self_harm: cutting, burning, hitting oneself
        Rule("self_harm", f"(?:me|m|jme) {_W}{_W}scarifi[^ ]*"),
        Rule(
            "self_harm",
            f"(?:me|m|jme) (?:suis )?{_W}(?:coupe|coupee|couper|coupais|taillade|tailladee"
            "|taillader|entaille|entaillee|entailler|ouvert|ouverte|ouvrir) (?:les |le |la |mes "
            "|mon |ma |l )?(?:bras|poignet[^ ]*|veine[^ ]*|cuisse[^ ]*|jambe[^ ]*|peau|ventre"
            "|avant bras|avantbras|hanche[^ ]*)",
        ),
        Rule(
            "self_harm",
            f"(?:me|m|jme) {_W}{_W}(?:mutile|mutilee|mutiler|automutile|automutilee|automutiler)",
        ),
        Rule(
            "self_harm",
            "(?:je|jme|jai|mon|ma|mes) (?:[^ ]+ )?(?:[^ ]+ )?(?:automutil|scarification)[^ ]*",
        ),
        Rule(
            "self_harm",
            "(?:me fais|me faire|me suis fait|mfaire|jme fais|me fait|me ferai) (?:[^ ]+ )?du mal",
        ),
        Rule(
            "self_harm",
            "(?:me|m|jme) (?:suis )?(?:[^ ]+ )?(?:brule|brulee|bruler|coupe|coupee|griffe|griffee"
            "|frape|frapee|cogne|cognee|tape|tapee|blesse|blessee)(?: [^ ]+)?(?: [^ ]+)?(?: [^"
            " ]+)?(?: [^ ]+)? (?:expres|volontairement|avec une clope|avec une cigarette|avec mon"
            " briquet|avec un briquet|avec la clope|pour sentir|pour plus sentir|pour ne plus"
            " sentir|pour me punir|jusqua saigner|jusqu a saigner|au sang)",
        ),
        Rule(
            "self_harm",
            "(?:je me|jme|me) (?:coupe|scarifie|mutile|taillade|brule) (?:depuis|encore|tous les"
            "|chaque|souvent|le soir|la nuit|quand|pour|parfois|de nouveau|a nouveau|en cachette"
            "|regulierement|tout le temps)",
        ),
        Rule(
            "self_harm",
            "(?:tete|poing|poings|front)[^ ]* (?:[^ ]+ )?contre (?:le|les|un|la) (?:mur|murs"
            "|porte)[^ ]*(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:saigner|sang|saigne|saignait)",
        ),
        Rule(
            "self_harm",
            "(?:envie|besoin|pulsion|pulsions) (?:[^ ]+ )?(?:de me|me) (?:couper|scarifier"
            "|mutiler|bruler|taillader|faire du mal|frapper|griffer)",
        ),
        Rule(
            "self_harm",
            "(?:rechute|recommence|replonge)[^ ]*(?: [^ ]+)?(?: [^ ]+)? (?:scarif|coupure|couper"
            "|lame)[^ ]*",
        ),
        # --- other_at_risk: someone else is suicidal or hurting themselves
        Rule(
            "other_at_risk",
            f"(?:se|s) {_W}(?:suicider|suicide|suicidee|tuer|tue|pendre|pendu|pendue|foutre en"
            " lair|fout en lair|jeter (?:sous|du|dun|par|dans)|scarifie[^ ]*|scarifier|mutile[^"
            " ]*|mutiler|ouvrir les veines|empoisonne[^ ]*|faire du mal)",
        ),
        Rule(
            "other_at_risk",
            "(?:sest|s est|se) (?:[^ ]+ )?(?:suicide|suicidee|tue|tuee|pendu|pendue|scarifie"
            "|scarifiee|coupe les|coupee les|jete|jetee|ouvert les veines)",
        ),
        Rule("other_at_risk", "(?:fin|terme) a (?:ses jours|sa vie|son existence)"),
        Rule(
            "other_at_risk",
            "(?:veut|voulait|va|vas|parle d|parle de|parle den|menace d|menace de|menace den"
            "|compte|pense a) (?:[^ ]+ )?(?:en|den) finir",
        ),
        Rule(
            "other_at_risk",
            "(?:il|elle|ex|pote|poto|amie|ami|frere|soeur|copine|copain|cousin|cousine) (?:[^ ]+"
            " )?(?:[^ ]+ )?(?:veut|voulait|va|parle de|dit quil|dit quelle) (?:[^ ]+ )?(?:plus"
            "|pu) vivre|(?:quil|quelle) (?:veut|voulait|a) (?:plus|pu|envie de) (?:vivre|mourir)",
        ),
        Rule(
            "other_at_risk",
            "(?:a|aurait|avait|aurai) (?:[^ ]+ )?(?:[^ ]+ )?(?:pris|avale|gobe) (?:[^ ]+ )?(?:des"
            "|tous|toute|toutes|plein de|une boite|la boite|trop de|ses|tous ses) (?:[^ ]+"
            f" )?{_PILLS}",
        ),
        Rule(
            "other_at_risk",
            "(?:il|elle|ex|pote|amie|ami|frere|soeur|copine|copain|fils|fille)(?: [^ ]+)?(?: [^"
            " ]+)? (?:veut|voulait|a envie de|parle de) (?:[^ ]+ )?mourir",
        ),
        # --- danger: threats, violence, stalking, weapons, fear for one's life
        Rule(
            "danger",
            f"{_HE}{_X}{_X}{_X}{_X}{_X} (?:me|ma|mavait|mont|maurait|mas|va me|vas me|veut me"
            f"|voulait me|allait me|menace de me) {_W}{_HURT}",
        ),
        Rule("danger", f"{_HE} {_W}(?:metrangl[^ ]*|metouf[^ ]*|mestrangl[^ ]*)"),
        Rule(
            "danger",
            "(?:menace|menacee|menaces|menacer|menacent|menacé) (?:[^ ]+ )?(?:de|d)? ?(?:me |m "
            "|nous |les |tes )?(?:[^ ]+ )?(?:tuer|buter|frapper|defoncer|bruler|tabasser"
            "|defigurer|kidnapper|enlever|poignarder|planter|egorger|violer|crever|faire du mal"
            "|faire la peau|casser la gueule|(?:prendre|enlever|kidnapper|emmener|retirer|garder"
            "|voler) (?:les|mes|nos|mon|ma|notre) (?:enfants|enfant|gosses|gosse|petits|petit"
            "|petite|fils|fille|bebe|bebes)|mettre le feu|foutre le feu|retrouver|massacrer|tirer"
            "|descendre|flinguer)",
        ),
        Rule(
            "danger",
            "(?:mettre|foutre|fout|met|mettra|foutra|fouter) le feu (?:a|au|chez|dans|à) (?:mon"
            "|ma|mes|chez moi|la maison|lapart|notre|nos|ma voiture)",
        ),
        Rule(
            "danger",
            "(?:serre|serree|serrait|serrer|attrape|attrapee|pris|prise|tenu|tenue|empoigne"
            "|empoignee|saisi|saisie) (?:[^ ]+ )?(?:le cou|la gorge|par le cou|a la gorge|par la"
            " gorge|au cou)|(?:mains|main) (?:autour|sur) (?:de )?(?:mon|du) cou",
        ),
        Rule(
            "danger",
            "(?:plaque|plaquee|pousse|poussee|jete|jetee|cogne|cognee|balance|balancee|projete"
            "|projetee|ecrase|ecrasee|colle|collee|bloque|bloquee)[^ ]* contre (?:le|un|la|les)"
            " (?:mur|porte|frigo|sol|murs|voiture|table)",
        ),
        Rule(
            "danger",
            "(?:peur|crains|craint|trouille|flippe|crainte) (?:[^ ]+ )?(?:pour ma vie|pour mes"
            " enfants|pour mes gosses|pour ma securite|pour ma peau|quil me tue|quil me fasse"
            "|quelle me tue|quil revienne me|quil me retrouve|quil me frappe|quil sen prenne|quil"
            " me tombe dessus)",
        ),
        Rule(
            "danger",
            "(?:debarque|debarquer|se pointe|se pointer|se ramene|apparait|traine|rode|rodait"
            "|guette|guettait|campe|campait)[^ ]* (?:[^ ]+ )?(?:partout|autour de chez moi|autour"
            " de ma maison|autour de mon|pres de chez moi|dans ma rue|dans mon quartier|devant"
            " chez moi|devant mon|devant ma|a mon taf|a mon travail|chez moi|en bas de chez moi|a"
            " ma porte|sous mes fenetres|sous ma fenetre|a la sortie de)",
        ),
        Rule(
            "danger",
            "(?:me|m) (?:suit|suivait|suivi|suivie|suive|suivre|file|filait|traque|traquait"
            "|traquer|piste|guette|guettait|espionne|espionnait|attend|attendait) (?:[^ ]+"
            " )?(?:partout|jusque|jusqua|jusquau|jusque chez|dans la rue|en voiture|a la trace|a"
            " la sortie|devant|en bas|chez moi|sans arret|tous les jours|tout le temps)",
        ),
        Rule(
            "danger",
            f"{_HE}(?: [^ ]+)?(?: [^ ]+)? (?:est|etait|attend|attendait|reste|restait|sonne"
            "|sonnait|tape|tapait|frappe|frappait|campe|campait|poste|planque|planquait|garee"
            "|gare|traine|trainait|rode)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:devant|en bas de"
            "|sous) (?:chez moi|ma porte|mon immeuble|mon apart|mon appart|ma fenetre|mes"
            " fenetres|mon taf|mon travail|mon boulot|la maison|mon ecole|ma fac|mon lycee|mon"
            " bureau|mon domicile)",
        ),
        Rule(
            "danger",
            "(?:sa voiture|sa caisse|son scooter|sa moto|sa bagnole)(?: [^ ]+)?(?: [^ ]+)?"
            " (?:devant|en bas de) (?:chez moi|ma porte|mon immeuble|mon apart|mon taf|mon"
            " travail|mon boulot|la maison|mon bureau)",
        ),
        Rule(
            "danger",
            "(?:photo|pic|image|video|snap)[^ ]* (?:[^ ]+ )?(?:dun|dune|de|avec|du|de son|de sa)?"
            " ?(?:couteau|arme|flingue|pistolet|fusil|emj_knife|emj_gun|lame|hache)",
        ),
        Rule(
            "danger",
            f"{_HE} (?:[^ ]+ )?(?:a|avait|garde|porte|sort|sorti|brandi|brandit|pointe|pointait)"
            " (?:[^ ]+ )?(?:un|une|son|sa) (?:arme|flingue|pistolet|fusil|couteau|calibre|gun)",
        ),
        Rule(
            "danger",
            "(?:enfants|gosses|petits|bebe|bebes|fille|fils|mioches)[^ ]* (?:[^ ]+ )?(?:[^ ]+"
            " )?(?:leur faire du mal|faire du mal|tuer|enlever|kidnapper|plus jamais (?:les"
            " )?revoir|prendre|emmener a letranger|partir avec)|leur (?:faire du mal|faire mal"
            "|faire quelque chose)",
        ),
        Rule(
            "danger",
            "(?:prendre|enlever|kidnapper|emmener|retirer|arracher|garder) (?:[^ ]+ )?(?:les|mes"
            "|nos) (?:enfants|gosses|petits|filles|fils|bebes|bebe)(?: [^ ]+)?(?: [^ ]+)? (?:et"
            " (?:leur|les)|menace|menace de|si)",
        ),
        Rule(
            "danger",
            "(?:personne|nul|aucun autre|aucune autre)(?: [^ ]+)? (?:taura|t aura|taurait|va"
            " tavoir|pourra tavoir|ne taura)|(?:tes|tu es|t es|t) (?:a moi|la mienne|le mien"
            "|mienne|mien) ou (?:a )?personne",
        ),
        Rule(
            "danger",
            "(?:il|elle|ex|mec|type) (?:[^ ]+ )?(?:est|devient|etait|ete|devenu|devenue) (?:[^ ]+"
            " )?(?:violent|violente|dangereu[^ ]*)",
        ),
        Rule(
            "danger",
            "(?:menace|menaces) de mort|(?:entre|rentre|introduit|penetre) (?:[^ ]+ )?(?:chez moi"
            "|dans mon appart|dans mon apart|dans ma maison) (?:par effraction|de force|sans mon"
            " accord|en forcant)|(?:forcer|force|defonce|defoncer|enfonce|enfoncer) (?:ma|la)"
            " porte",
        ),
        Rule(
            "danger",
            "(?:gps|traceur|airtag|balise|mouchard)[^ ]*(?: [^ ]+)?(?: [^ ]+)? (?:voiture|sac"
            "|telephone|tel|portable|affaires)|(?:localise|geolocalise|traque|pister|piste)[^ ]*"
            " (?:mon|ma) (?:telephone|tel|portable|position|voiture)",
        ),
        Rule(
            "danger",
            "(?:jvais|je vais|vais|j vais|jai envie de|je veux|jveux) te (?:tuer|buter|crever"
            "|defoncer|egorger|planter|retrouver|faire la peau|tuer)|(?:jte|je te|j te) (?:tue"
            "|bute|creve|defonce|egorge|plante|retrouverai|tuerai|buterai|ferai la peau)|(?:tes|t"
            " es|tu es) (?:une )?(?:femme|fille|meuf|mec|homme) morte?|(?:tes|t es|tu es)"
            " mort(?:e)?(?= $)",
        ),
        Rule(
            "danger",
            "menace[^ ]* (?:[^ ]+ )?(?:avec|d|dun|dune|au) (?:un |une |son |sa )?(?:couteau|arme"
            "|flingue|pistolet|fusil|hache|cutter|lame|batte)|(?:couteau|arme|flingue|pistolet"
            "|lame) (?:[^ ]+ )?(?:sous|sur|contre) (?:la|ma|mon) (?:gorge|cou|tete|tempe|ventre)",
        ),
        Rule(
            "danger",
            "peur(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:il|elle) (?:mattend"
            "|me guette|me cherche|me suit|est la|rode|traine|est dehors|est en bas|va revenir)",
        ),
        Rule(
            "danger",
            "(?:sen prendre|s en prendre) (?:a moi|aux enfants|a mes enfants|aux petits|a ma"
            " famille|a mes proches|a nous|a ma fille|a mon fils)",
        ),
        Rule(
            "danger",
            "(?:pousse|poussee|jete|jetee|balance|balancee|projete|projetee)[^ ]* (?:dans|du haut"
            "|en bas) (?:les|des|de l) (?:escaliers|escalier|marches)",
        ),
        Rule(
            "danger",
            "(?:ma|mavait|mont|me|mas) (?:[^ ]+ )?(?:mis|mit|donne|foutu|colle|file|envoye|met"
            "|mettait|donnait|balance) (?:[^ ]+ )?(?:un |une |des |deux |plusieurs )?(?:coup"
            "|coups|gifle|gifles|claque|claques|baffe|baffes|patate|patates|beigne|beignes|tarte"
            "|tartes|mandale|droite|pain)[^ ]*",
        ),
        Rule(
            "danger",
            "(?:ma|mavait|mont) (?:[^ ]+ )?(?:forcee?|oblige|obligee|contrainte?) (?:a coucher|a"
            " faire lamour|a avoir des rapports|a le faire|a des rapports|sexuellement)|(?:ma"
            "|mavait) (?:[^ ]+ )?forcee?(?= $)",
        ),
        Rule("danger", "(?:emj_knife|emj_gun)", ask=True),
        Rule(
            "danger",
            "(?:tu vas|tva|tu va|tu le|vas) (?:le |la |me |les )?(?:regretter|regreter|payer|paie"
            "|payera|paieras)",
            ask=True,
        ),
        Rule(
            "danger",
            "(?<!pas )(?<!jamais )(?<!plus )(?<!aucune )(?:peur|trouille|flippe|terrorise"
            "|terrorisee|panique) (?:[^ ]+ )?(?:de lui|delle|de mon ex|quil revienne|quil"
            " debarque)|(?:il|elle) me (?:terrorise|fait peur|fait flipper)",
            ask=True,
        ),
        Rule(
            "danger",
            "(?:il|elle|ex) (?:[^ ]+ )?me (?:menace|harcele|harcelle|stalke|surveille|espionne"
            "|traque)(?= $| tout| depuis| sans| jour| h24| encore)|me (?:harcele|harcelle) (?:[^"
            " ]+ )?(?:de|depuis|encore|tout)",
            ask=True,
        ),
        Rule(
            "danger",
            "(?:bleu|bleus|coquard|cocard|oeil au beurre noir|hematome|hematomes|marques) (?:[^"
            " ]+ )?(?:a|sur|au) (?:loeil|oeil|visage|bras|cou|la gorge|joue)",
            ask=True,
        ),
        Rule(
            "danger",
            "(?:sait|connait|connais) (?:[^ ]+ )?(?:ou|ou je) (?:jhabite|j habite|je vis|je bosse"
            "|je travaille|jsuis|on habite)",
            ask=True,
        ),
        # --- families that generalise beyond the training phrasings
        # The writer gone and the others relieved: "si j'etais plus la", "si j'existais plus".
        Rule(
            "passive",
            "si (?:je |j |jetais |j etais )?(?:netais|etais|étais|netait|existais|nexistais)"
            " (?:[^ ]+ )?(?:plus|pu|pas) (?:la|ici|de ce monde|en vie|vivant|vivante|sur terre)?"
            "|si (?:je |jamais je )?(?:pouvais|pourais) (?:[^ ]+ )?(?:[^ ]+ )?(?:plus|pu|ne plus"
            "|pas) (?:exister|etre la|me reveiller|vivre)|(?:arreter|cesser|arete) dexister",
        ),
        Rule(
            "passive",
            "(?:soulage|soulages|soulagee|soulagees|mieux|mieu|plus tranquile|plus tranquiles|plus"
            " heureux|plus simple|plus facile|plus leger)(?: [^ ]+)?(?: [^ ]+)? (?:sans moi|si"
            " (?:je|jetais|jsuis|jexistais|je netais|je mourais|je disparaissais|je partais))",
        ),
        Rule("suicidal", "(?:rendre|rends|rendrai|rendre a tous) (?:[^ ]+ )?ce service", ask=True),
        # A quick or painless way, "it's for me".
        Rule(
            "suicidal",
            "(?:partir|mourir|crever|en finir|me tuer|se tuer|mendormir|sendormir)(?: [^ ]+)?(?:"
            " [^ ]+)? sans (?:avoir mal|souffrir|douleur|rien sentir|que ca fasse mal|me rater|se"
            " rater)|(?:mourir|crever|se tuer|se suicider|me suicider|en finir) (?:[^ ]+"
            " )?(?:rapidement|sans douleur|proprement|facilement|pour de bon)",
        ),
        Rule(
            "suicidal",
            "(?:facon|fason|moyen|methode|maniere|technique|truc)[^ ]*(?: [^ ]+)?(?: [^ ]+)?(?: [^"
            " ]+)? (?:de partir|de mourir|den finir|de crever|de se tuer|de me tuer|de se"
            " suicider|de disparaitre)",
            ask=True,
        ),
        # "Do something stupid", the kind there is no coming back from.
        Rule(
            "suicidal",
            "(?:faire|fasse|fais|fait|commetre) (?:une |un |des |la |une grosse )?(?:conerie"
            "|conneries|betise|betises|truc irreparable|geste irreparable|irreparable|geste"
            " desespere|dinguerie)",
            ask=True,
        ),
        Rule(
            "suicidal",
            "(?:conerie|betise|geste|truc)[^ ]*(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
            " (?:dont on (?:ne )?revient|on (?:en )?revient pas|irreparable|definitive|sans"
            " retour|pour de bon)",
        ),
        Rule(
            "suicidal",
            "(?:suicide|suicider|suicidaire|suicidaires|me tuer|mourir)(?: [^ ]+)?(?: [^ ]+)?"
            " (?:me trote|trote|tourne|tournent) (?:dans (?:la|ma) tete|en boucle)|(?:idees"
            " noires|pensees suicidaires|idees suicidaires)",
        ),
        Rule(
            "suicidal",
            "(?:au|du|le|un|de|par|mon|ce) suicide|(?:me|se|te|jme) suicider|suicidaire[^ ]*|me"
            " flinguer|me pendre",
            ask=True,
        ),
        # Hit by a lorry and "too bad", "that would suit me".
        Rule(
            "passive",
            "(?:je me prends|je me prend|me prendre|me faire|me fais|me fait|me faucher|je me"
            " ferais) (?:un |une |le |la |par un |par une )?(?:camion|voiture|bus|train|tram|caisse"
            "|bagnole|poids lourd|semi|moto|metro|rer)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^"
            " ]+)? (?:tant pis|tampis|marangerait|marange|me derangerait pas|pas grave|osef|ca"
            " mirait|je men fiche|tant mieux)",
        ),
        Rule(
            "passive",
            "(?:camion|voiture|bus|train|tram|caisse|bagnole|poids lourd|metro)[^ ]* (?:[^ ]+"
            " )?(?:mecrase|mecrasait|mecraserait|me renverse|me renversait|me renverserait|me"
            " percute|me percutait|me fauche|me fauchait|me passe dessus|me passait dessus)",
        ),
        Rule("passive", "(?:ca|sa) marangerait", ask=True),
        # Why was I born; the heart giving out in sleep; disappointed to wake up.
        Rule(
            "passive",
            "pourquoi (?:je suis|jsuis|suis je|chui|jsui|est ce que je suis) (?:ne|venu|venue)"
            "(?= $| franchement| meme| seulement| au monde| sur terre| tout court| putain| bordel"
            "| en fait| sur cette)",
        ),
        Rule(
            "passive",
            "(?:prie|espere|souhaite|pourvu|aimerais|voudrais|reve|jaimerais)(?: [^ ]+)?(?: [^"
            " ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:coeur|cur)(?: [^ ]+)? (?:lache|sarete|arete|flanche"
            "|cede|lache)",
        ),
        Rule(
            "passive",
            "(?:decu|decue|decus|degoute|degoutee|enerve|enervee|dommage|vener|venere|triste"
            "|saoule|soule|blase|blasee|deg)(?: [^ ]+)? (?:detre|de me|de metre|que je sois|que"
            " je me sois|de voir que je suis) (?:[^ ]+ )?(?:encore|toujours|de nouveau|re)"
            "(?: [^ ]+)?",
        ),
        Rule(
            "passive",
            "(?:envie de|veux|voudrais|aimerais|jaimerais|besoin de|juste) (?:[^ ]+ )?(?:meffacer"
            "|mevaporer|disparaitre) (?:completement|pour toujours|pour de bon|definitivement"
            "|de la surface|a jamais|totalement|de ce monde)|(?:meffacer|mevaporer) completement",
        ),
        Rule(
            "passive",
            "(?:envie de|veux|voudrais|aimerais) (?:[^ ]+ )?(?:meffacer|mevaporer)",
            ask=True,
        ),
        # Named pills and "I take it all"; a letter left for the family.
        Rule(
            "plan",
            "(?:lexomil|xanax|doliprane|dafalgan|efferalgan|paracetamol|tramadol|stilnox|temesta"
            "|lysanxia|seresta|atarax|zolpidem|imovane|tercian|anxio|anxiolytiques|somniferes"
            "|cachets|medocs|medicaments|plaquettes|boites|boite)[^ ]*(?: [^ ]+)?(?: [^ ]+)?(?: [^"
            " ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:je prends tout|prendre"
            " tout|tout prendre|tout avaler|javale tout|avaler tout|tout gober|dun coup|tout dun"
            " coup|toute la boite|toutes les plaquettes)",
        ),
        Rule(
            "plan",
            "(?:je |jvais |vais |je vais )?(?:prends|prend|prendre|avale|avaler|gobe|gober"
            "|prendrai) (?:tout|toutes|tous|le tout)(?= $| ce soir| cette nuit| maintenant| dun"
            " coup| demain| a minuit| tout de suite| ok)",
        ),
        Rule(
            "plan",
            "(?:lettre|mot|lettres)[^ ]* (?:pour|a) (?:ma |mon |mes )?(?:mere|pere|parents|famille"
            "|soeur|frere|mamie|enfants|maman|papa|meilleure amie|meilleur ami|fille|fils)"
            "(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:sous mon"
            " oreiller|sous loreiller|sur la table|cette nuit|ce soir|trouvera|trouveront|quand je"
            " serai|apres ma mort|quand je serais)",
        ),
        Rule(
            "plan", "(?:cest|c|cest bien) pour (?:cette nuit|ce soir|demain soir)(?= $)", ask=True
        ),
        # Pets given away, accounts deleted, a day set.
        Rule(
            "plan",
            "(?:donne|confie|laisse|file|case|place)[^ ]* (?:[^ ]+ )?(?:le |mon |ma |mes |les"
            " )?(?:chien|chienne|chat|chate|chiens|chats|animaux|lapin|hamster|perruche)(?: [^"
            " ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
            " (?:supprime|pour de vrai|pour de bon|adieu|au revoir|tout regle|cest pour)",
        ),
        Rule(
            "plan",
            "(?:je pars|jpars|je men vais|partir) (?:[^ ]+ )?(?:pour de vrai|pour de bon"
            "|pour toujours|definitivement)",
            ask=True,
        ),
        # Self-harm: the only relief, cigarettes, biting and scratching until it bleeds,
        # hitting oneself.
        Rule(
            "self_harm",
            "(?:soulage|calme|aide|apaise|seule chose|seul truc|besoin de|envie de|cest de|jai"
            " besoin)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:me couper|me scarifier|me taillader|me"
            " mutiler|me bruler|me griffer|me frapper|me lacerer|me faire mal|la lame)",
        ),
        Rule(
            "self_harm",
            "(?:ecrase|ecrases|ecraser|eteins|eteint|eteindre|ecrasee)(?: [^ ]+)?(?: [^ ]+)?"
            " (?:clope|clopes|cigarette|cigarettes|cigarete|tige|tiges|megot|megots)[^ ]* (?:[^ ]+"
            " )?(?:sur|contre) (?:mon |ma |mes |le |la |les )?(?:poignet|poignets|bras|main|mains"
            "|peau|cuisse|cuisses|jambe|jambes|ventre)|(?:clope|clopes|cigarette|cigarettes)[^ ]*"
            " (?:[^ ]+ )?(?:sur|contre) (?:mon |ma |mes )(?:poignet|poignets|bras|main|peau|cuisse"
            "|cuisses|jambe|ventre)",
        ),
        Rule(
            "self_harm",
            "(?:mords|mordre|mordu|mordue|griffe|griffer|griffee|gratte|grater|grate|frappe"
            "|frapper|tape|taper|cogne|cogner|arache|aracher|arrache|scarifie|coupe|brule)"
            "(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:jusqua ce que|jusqu a ce que|jusqua"
            "|jusquau) (?:[^ ]+ )?(?:saigne|sang|saigner|saignent|bleus|bleu|marque|marques)",
        ),
        Rule(
            "self_harm",
            "je me (?:frappe|frape|cogne|gifle|griffe|mords|lacere|mutile|brule|scarifie)"
            " (?:[^ ]+ )?(?:les cuisses|la cuisse|la tete|le visage|les bras|le bras|la main|les"
            " mains|le ventre|les jambes|la jambe|contre|a coups|avec|jusqu|expres|encore)",
        ),
        Rule(
            "self_harm",
            "(?:je me coupe|je me scarifie|je me taillade|je me mutile|me suis coupe|me suis"
            " coupee) (?:[^ ]+ )?(?:les bras|le bras|les poignets|le poignet|les cuisses|la"
            " cuisse|le ventre|encore|tous les|chaque|expres|volontairement)",
        ),
        # Danger: pounding on the door, hiding, "he is everywhere", night visits, tyres.
        Rule(
            "danger",
            "(?:tambourine|tambourinait|tambouriner|defonce|defoncait|defoncer|enfonce|enfoncer"
            "|martele|martelait|cogne|cognait|donne des coups|tape|tapait|frappe|frapait)(?: [^"
            " ]+)?(?: [^ ]+)? (?:a|contre|sur|dans) (?:ma|la|notre) porte(?: [^ ]+)?(?: [^ ]+)?"
            "(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:depuis|sans arret|en hurlant|en criant|enfermee"
            "|enferme|peur|cachee|police)|(?:tambourine|tambourinait|defonce|defoncait|martele"
            "|enfonce)(?: [^ ]+)?(?: [^ ]+)? (?:a|contre|sur|dans) (?:ma|la|notre) porte",
        ),
        Rule(
            "danger",
            "(?:enferme|enfermee|cache|cachee|barricade|barricadee|refugie|refugiee)[^ ]* (?:[^ ]+"
            " )?(?:dans|aux) (?:la |les |ma |mes )?(?:salle de bain|sdb|toilettes|chiottes|wc"
            "|chambre|cave|voiture)",
            ask=True,
        ),
        Rule(
            "danger",
            "(?:partout|chaque fois|a chaque fois|tout le temps|toujours la|devant mon taf|devant"
            " chez moi)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^"
            " ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:cest pas un hasard|c pas un hasard|pas un"
            " hasard|pas une coincidence|pas par hasard|pas une coincidence)",
        ),
        Rule("danger", "(?:pas|plus) (?:un|une) (?:hasard|coincidence)", ask=True),
        Rule(
            "danger",
            "(?:creve|crever|lacere|entaille|taillade|degonfle)[^ ]* (?:[^ ]+ )?(?:mes |les |nos"
            " )?pneus|(?:dans mon jardin|dans le jardin|sous ma fenetre|devant ma fenetre|a ma"
            " fenetre|par la fenetre|par ma fenetre)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
            " (?:nuit|regarder|regardait|observer|observait|epier|epiait|guetter|guetait|mater"
            "|matait|chambre)|(?:en pleine nuit|la nuit|cette nuit)(?: [^ ]+)?(?: [^ ]+)?(?: [^"
            " ]+)? (?:dans mon jardin|sous ma fenetre|devant ma fenetre|devant chez moi)",
        ),
        Rule("danger", "(?:numero masque|numero prive|appels masques|appel masque)", ask=True),
        Rule(
            "danger",
            "(?:reverai|reveras|reverais|verai|veras|verais|revoir|voir)[^ ]* (?:[^ ]+ )?(?:plus"
            "|jamais)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:vivant|vivants|vivante|vivantes|en vie)"
            "|(?:enfants|petits"
            "|gosses|fils|fille|bebe|petite|petit)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
            "(?: [^ ]+)? (?:leur|lui) (?:fera|ferait|faire|fait|ferai) (?:du mal|payer|quelque"
            " chose|qqch)",
        ),
        # Someone else: wanting to die, cuts seen, a goodbye posted and no answer.
        Rule(
            "other_at_risk",
            "(?:quelle|quil|elle|il) (?:voulait|veut|voudrait|allait|va|avait envie de|a envie de"
            "|pense a|pensait a) (?:[^ ]+ )?(?:mourir|crever|se tuer|se suicider|en finir|se"
            " foutre en lair|sen aler pour de bon)",
        ),
        Rule(
            "other_at_risk",
            "(?:coupures|entailles|cicatrices|scarifications|traces de coupures|griffures|plaies"
            "|marques de coupures|brulures)[^ ]* (?:[^ ]+ )?(?:sur|aux) (?:les |ses |son |sa"
            " )?(?:bras|poignets|poignet|cuisses|jambes|avant bras|ventre)(?: de| du| d|"
            " (?:a|chez) (?:mon|ma))|(?:coupures|entailles|cicatrices|scarifications|griffures"
            "|plaies)[^ ]* (?:sur|aux) (?:ses) (?:bras|poignets|poignet|cuisses|jambes)",
        ),
        Rule(
            "other_at_risk",
            "(?:poste|posté|publie|envoye|ecrit|mis|balance)[^ ]*(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
            " (?:genre |comme |style |type |un )?(?:un )?(?:adieu|adieux|au revoir)(?: [^ ]+)?"
            "(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:repond plus|repond pas|injoignable"
            "|decroche pas|decroche plus|introuvable|ne repond|pas a lapart|pas chez|disparu)",
        ),
        Rule(
            "suicidal",
            "(?:combien|cb|cmb) (?:de |d )?(?:cachets|comprimes|pilules|medocs|medicaments"
            "|doliprane|paracetamol|xanax|somniferes|emj_pill)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
            " (?:pour|avant de) (?:mourir|ne pas se reveiller|ne plus se reveiller|pas se"
            " reveiller|crever|en finir|y rester|que ce soit mortel)|dose (?:mortelle|letale)"
            "|(?:issue|solution|sortie)[^ ]*(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:la mort|mourir|le"
            " suicide|me tuer|en finir)",
        ),
        Rule("suicidal", "(?:aucune|plus d|pas d|plus aucune) (?:[^ ]+ )?issue", ask=True),
        Rule(
            "passive",
            "(?:encore|toujours|de nouveau) (?:reveille|reveillee|vivant|vivante|en vie|la)(?: [^"
            " ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:dommage|tant pis|malheureusement|helas|quelle"
            " deception|decue|decu)|(?:malheureusement|helas) (?:je suis |jsuis )?(?:encore"
            "|toujours) (?:en vie|vivant|vivante|la|reveille|reveillee)",
        ),
        Rule(
            "danger",
            "(?:mattend|mattendait|guette|guettait|rode|rodait|campe|campait|traine|trainait|poste"
            "|planque|planquait)(?: [^ ]+)?(?: [^ ]+)? (?:devant|en bas de|sous|pres de) (?:chez"
            " moi|mon immeuble|mon taf|mon travail|mon boulot|ma porte|mon bureau|ma fac|mon ecole"
            "|mon appart|ma maison|lecole|ma voiture)(?: [^ ]+)?(?: [^ ]+)? (?:tous les|chaque"
            "|depuis|encore|toute la nuit|h24|des heures)|(?:rode|rodait) (?:[^ ]+ )?(?:devant"
            "|autour de|pres de) (?:chez moi|mon immeuble|ma maison|mon appart)",
        ),
        *_MORE_RULES,
        *_R3_RULES,
    ),
    exceptions=(
        # Idioms and hyperbole.
        (
            "(?:morte?|meurs|meurt|mourir|mourrai|mourrais|creve|crever|crevee|crevais|mort de)"
            " (?:[^ ]+ )?(?:de|d) (?:rire|faim|soif|honte|peur|froid|chaud|ennui|fatigue|envie"
            "|jalousie|lol|rire|lenui|lennui)"
        ),
        "(?:a|à) (?:mourir|crever|en mourir)",
        (
            "(?:ce|cette|ca|sa|le|la|mon|ma|ces|mes|ton|ta|cet|son) (?:[^ ]+ )?(?:[^ ]+ )?(?:me tue"
            "|me tuent|me tuera|va me tuer|vont me tuer|me tuait|me fait mourir|va me faire mourir"
            "|me tue a petit feu)"
        ),
        (
            "(?:se|me|te) (?:tue|tuer|tuent|tuait) (?:a la tache|au travail|au boulot|a le dire|a"
            " vous le dire|a te le dire|a repeter|a expliquer|a la tache)"
        ),
        (
            "sauter (?:de joie|le pas|un repas|du lit|au plafond|dans ses bras|dans les bras|dans"
            " le train)"
        ),
        (
            "(?:[^ ]+ )?(?:[^ ]+ )?(?:en|den) finir (?:[^ ]+ )?(?:[^ ]+ )?(?:avec|davec) (?:lui"
            "|elle|toi|mon ex|ce mec|cette meuf|ce gars|ca|ça|cette (?!vie)[^ ]+|notre [^ ]+|nos [^"
            " ]+|les [^ ]+|ces [^ ]+|son [^ ]+|sa [^ ]+|cet [^ ]+|ce [^ ]+|mes (?!jours)[^ ]+|ma"
            " (?!vie)[^ ]+|mon (?!existence)[^ ]+)"
        ),
        (
            "(?:me|m) (?:fais|faire|suis fait|fait) (?:[^ ]+ )?du mal (?:a|en) (?:regardant|le|la"
            "|les|lui|relisant|revoyant|stalker|stalkant|regarder|relire|penser|pensant|ecoutant"
            "|ecouter|attendre|attendant|esperer|esperant|y penser|y repenser)"
        ),
        (
            "(?:il|elle|le perso|le heros|lheroine|personnage|lacteur|lactrice)[^ ]* (?:se tue|se"
            " suicide|meurt|sest suicide|sest suicidee|se pend)[^ ]* (?:a la fin|au debut|dans"
            " lepisode|dans le film|dans la serie|dans le livre)"
        ),
        (
            "(?:[^ ]+ )?(?:[^ ]+ )?(?:ma|me|mas|mont|mavait) (?:[^ ]+ )?(?:tue|tuee|achevee?|tuer)"
            " (?:avec|par) (?:sa|son|ses|cette|ce|ta|ton|tes|leur)"
        ),
        (
            "(?:[^ ]+ )?(?:[^ ]+ )?(?:ma|me|mas|mont|mavait|va me|vas me) (?:[^ ]+ )?(?:tue|tuee"
            "|tuer)(?: [^ ]+)?(?: [^ ]+)? (?:mdr|ptdr|lol|xd|ahah|haha|jpp|ptdrr)"
        ),
        (
            "(?:ca|sa|cela|ce|cette nouvelle|la nouvelle|cette histoire|ce message|son message|ce"
            " film|cette chanson) (?:ma|me|mas|mavait) (?:[^ ]+ )?(?:mis|mit|donne|foutu|colle|file"
            "|met) (?:[^ ]+ )?(?:un |une )?(?:coup|claque|baffe|gifle|tarte)[^ ]*"
        ),
        # Negations: the writer says it is not so.
        "(?:pas|plus|jamais|aucune?|non|nan|absolument pas) (?:[^ ]+ )?(?:[^ ]+ )?suicidaire[^ ]*",
        (
            "(?:pense|pensais|songe|reflechis) (?:pas|jamais|plus) (?:[^ ]+ )?(?:au suicide|a me"
            " suicider|a me tuer|a mourir|a en finir|a la mort)"
        ),
        (
            "(?:pas|jamais|aucune) (?:[^ ]+ )?(?:[^ ]+ )?(?:envie|idee|idees|intention) (?:[^ ]+"
            " )?(?:de me|du suicide|de mourir|den finir|suicidaire[^ ]*)"
        ),
        (
            "(?:pas|jamais|plus|pu) (?:[^ ]+ )?(?:pense|songe|envie|eu envie|voulu|reflechi"
            "|envisage)(?: [^ ]+)? (?:a |de |au )?(?:me |m )?(?:tuer|suicider|suicide|mourir|en"
            " finir|foutre en lair|la mort)"
        ),
        (
            "(?:jamais|pas) (?:[^ ]+ )?(?:je )?(?:me|m) (?:tuerai|tuerais|suiciderai|suiciderais"
            "|ferais|ferai)"
        ),
        "(?:jme|je me|me) (?:[^ ]+ )?(?:scarifi|coupe|mutile)[^ ]* (?:plus|pu|jamais)",
        (
            "(?:pas|jamais|plus|pu|aucune envie de|pas envie de|pas question de) (?:[^ ]+ )?(?:me"
            "|m) (?:suicider|suicide|tuer|faire du mal|scarifier|couper|mutiler|foutre en lair)"
        ),
        # Stories: films, series, books, songs, and what they are about.
        (
            f"(?:dans|ds) (?:le |la |les |l |un |une |ce |cette |mon |ma )?(?:[^ ]+ )?{_STORY}[^"
            f" ]*{_WIN5}{_WIN5}"
        ),
        (
            f"{_STORY}[^ ]* (?:ou|sur|qui parle|parle|de|du|avec|dans lequel|dans laquelle"
            "|quand)(?:"
            f" [^ ]+)?{_WIN5}"
        ),
        "(?:chante|chantait|chantent|dit la chanson|disent les paroles|comme dit"
        "|comme disait|comme chante)" + _WIN5 + _WIN5,
        # Someone else's words ("my friend said he'd kill me if I text him again").
        "(?:pote|poto|amie|ami|meilleure amie|meilleur ami|mere|daron|daronne|pere|soeur|frere|"
        "coloc|grand mere|mamie|papi|psy|boss|patron|patronne|prof|collegue|cousin|cousine|reuf|"
        "mif|tante|oncle|maman|papa|mere|mamie)[^ ]* (?:ma dit|m a dit|ma ecrit|dit|disait|a dit|"
        "me dit|ma sorti|m a sorti|ma lache|me repete|repete|a repondu|ma repondu)"
        + _WIN5
        + _WIN5
        + " (?:je te|jte|j te|jvais te|je vais te|(?<!il va )(?<!elle va )(?<!ils vont )te)"
        " (?:tue|tuer|tuerai|buter|bute|defonce"
        "|defoncer|crever|creve|etrangle|etrangler|fume|fumer)",
        # The past, told from a recovered present.
        (
            "(?:il y a|ya|y a|yavait|il y a de ca) (?:[^ ]+ )?(?:ans|an|mois)(?: [^ ]+)*?"
            " (?:aujourdhui|maintenant|mtn|depuis|cette fois|ca fait|ca va|je vais mieux|jvais"
            " mieux|je suis sorti|guerie?|plus du tout|tout va bien)"
        ),
        (
            "(?:a lepoque|avant|au lycee|au college|quand jetais|quand j etais|apres ma (?:derniere"
            "|premiere|precedente) rupture|la derniere fois|ado|plus jeune|petite?)(?: [^ ]+)*?"
            " (?:aujourdhui|maintenant|mtn|depuis|cette fois|ca fait|ca va|je vais mieux|jvais"
            " mieux|arrete|arete|fini|termine|il y a des annees|il y a longtemps)"
        ),
        (
            "(?:me |m |jme |je |j )?(?:scarifi|coupa|mutil|voul|pens|menac)[^ ]*(?:ais|ait"
            "|aient)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
            "(?: [^ ]+)? (?:arrete|arete|depuis|ca fait|plus maintenant|plus du tout|il y a"
            "|maintenant|aujourdhui)"
        ),
        # Study, work and volunteering about these topics.
        (
            "(?:memoire|these|expose|devoir|cours|formation|stage|benevole|conference|article"
            "|dossier|td|partiel)[^ ]* (?:[^ ]+ )?(?:[^ ]+ )?(?:sur|de|du) (?:[^ ]+ )?(?:suicide"
            "|suicidaire[^ ]*|automutilation|scarification|violences?|harcelement)"
        ),
        # "Not to the point of hurting myself".
        (
            "(?:pas|jamais|plus) (?:au point|jusqu au point|a ce point|assez|jusque la|jusqua)"
            " (?:de |pour |quand meme )?(?:[^ ]+ )?(?:[^ ]+ )?(?:me|m|te|se) (?:faire du mal|tuer"
            "|suicider|blesser|couper|faire quelque chose|faire une conerie|foutre en lair)"
        ),
        # Violence by a former partner, long past.
        (
            "(?:premier|premiere|ancien|ancienne|precedent|precedente|avant dernier|avant"
            " derniere)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^"
            " ]+)?(?: [^ ]+)? (?:il y a|ya|y a|ca fait|sa fait) (?:[^ ]+ )?(?:ans|an|annees|mois"
            "|lontemps|longtemps)"
        ),
        # Doing something stupid that is not self-harm: texting or calling the ex.
        (
            "(?:faire|fasse|fais|fait) (?:une |un |des |la )?(?:conerie|betise)s?(?: [^ ]+)?"
            " (?:genre |comme )?(?:lui ecrire|lappeler|lui envoyer|lui texter|le rappeler|la"
            " rappeler|acheter|boire|men racheter)"
        ),
        (
            "(?:film|episode|serie|livre|docu|documentaire|memoire|expose|these|prevention|cours"
            "|conference|article)[^ ]* (?:[^ ]+ )?(?:sur|du|de|contre) (?:le |la )?(?:suicide"
            "|suicides)"
        ),
        (
            "(?:quelle |quil |elle |il |je |jvais |on )?(?:[^ ]+ )?(?:[^ ]+ )?(?:mourir|crever)"
            " (?:de |d )(?:rire|faim|honte|dennui|froid|chaud|fatigue|jalousie|soif|peur"
            "|envie|plaisir)"
        ),
        *_MORE_EXCEPTIONS,
        *_R3_EXCEPTIONS,
    ),
)
