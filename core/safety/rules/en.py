"English: crisis and danger phrases, with the idioms, negations and stories that look like them."

from core.safety.recognizer import Recognizer, Rule, gap

_SELF = "(?:my ?self|myslf|myslef|mysef|mysefl|mself|meself|myselfe|myselff)"
_OTHER_SELF = "(?:himself|herself|themself|themselves|themselfs|hisself)"
# Wanting or deciding to: text-speak included ("wanna", "tryna").
_WANT = (
    "(?:want to|wanna|wana|wnna|wan to|wamt to|wnt to|wnt|whant to|wabt to|want|need to|ready to|"
    "want 2|wanna 2|need 2|ready 2|"
    "trying to|tryna|plan to"
    "|planning to|planning on|decided to|just want to|really want to|would like to|wish to|"
    "wish i could"
    "|i should just|should just|let me)"
)
_NO_LAUGH = (
    "(?!" + gap(8) + " (?:lol|lmao|lmfao|haha[^ ]*|ahah[^ ]*|jk|xd|rofl|lolol|💀|emj_skull)(?= ))"
)
_WILL = "(?:going to|gonna|gona|gunna|finna|about to|ima|imma)"
# "die" but not "die of laughter", "to die for", "die in your arms", "die my hair".
_DIE = (
    "(?:die|be dead|just die|d1e)(?! (?:of|from|laughing|for|in (?:your|his|her|my|ur) arms|"
    "a little"
    "|inside|my hair|her hair|his hair|on stage|alone|lol|lmao|haha[^ ]*|with a smile|young|"
    "on this hill"
    "|happy|rich|when|if (?:he|she|i dont|i dont get)|waiting|of cringe)(?= ))"
)
_NOT_PLACE = (
    "(?! (?:with|in|at|near|together|alone|there|on|by|next|abroad|apart|nearby|close|under|through"
    "|without (?:him|her|them)|like (?:him|her|them|that)|for (?:him|her|them|someone)|"
    "here with)(?= ))"
)
_PERSON = (
    "(?:he|she|ex|my ex|bf|gf|boyfriend|girlfriend|husband|wife|partner|fiance|fiancee|hubby"
    "|baby daddy|babydaddy|baby mama|stepdad)"
)
_ADVERB = (
    "(?:just |literally |actually |even |then |also |finally |once |already |always |still |really "
    "|has |had |did |once again |fucking |again |almost |nearly |has been |kept |keeps )?"
)
_FUTURE = (
    "(?:wil|would|wud|is going to|s going to|going to|is gona|is gonna|gona|gonna|gon|wants to"
    "|is about to|might|could|is trying to|tried to|swore to|promised to|said he would|"
    "said she would"
    "|says he wil|says she wil|said hed|said shed|says hel|says shel|is coming to|wil come and|"
    "is gon)"
)
_FUTURE_SUBJECT = (
    "(?:hel|shel|hed|shed|"
    + _PERSON
    + "(?: [^ ]+)? "
    + _FUTURE
    + "|(?:hes|shes|he is|she is) (?:going to|gonna|gona|gon|about to|trying to|coming to|gunna))"
)
_HARM = (
    "(?:kil|murder|hurt|stab|shoot|strangle|choke|beat|beat up|burn|slit|rape|attack|hit|punch"
    "|cut|smash|break my|break your|run me over|run over)"
)
_VICTIM = (
    "(?:me|us|the (?:kids|children|baby|kid)|my (?:kids|kid|son|daughter|children|child|baby|"
    "babies|family|mom|mum|dad|parents|sister"
    "|brother|dog|cat|new (?:bf|gf|boyfriend|girlfriend|partner)|boyfriend|girlfriend|partner|"
    "face|friend|friends))"
)
_CHILDREN = (
    "(?:the|my|our) (?:kids|kid|children|child|son|daughter|baby|babies|little one|boys|girls|"
    "twins)"
)
_HOME = (
    "(?:my|our) (?:house|home|door|front door|flat|apartment|apt|place|window|building|work|job"
    "|office|school|uni|college|gym|parents|parents house|moms house|mums house|car|workplace|dorm)"
)
_PILLS = (
    "(?:pills|pils|tablets|meds|medication|medicine|painkillers|sleeping pills|antidepressants"
    "|paracetamol|tylenol|ibuprofen|advil|xanax|valium|ambien|oxy|oxys|benzos|emj_pill|insulin|"
    "sleepers)"
)
_A_LOT = (
    "(?:all|al of|a bunch|bunch|a lot|too many|way too many|loads|lots|a handful|handful|a whole"
    "|the whole|the entire|an entire|entire|half|half a|half the|like [0-9]+|about [0-9]+|"
    "over [0-9]+"
    "|around [0-9]+|[0-9]+|so many|every|all the|the rest of|a box|a bottle|a pack|a strip|twenty"
    "|thirty|forty|fifty|a hundred|two boxes|two bottles|double|triple|ten|fifteen)"
)
_HIGH = (
    "(?:roof|rooftop|bridge|ledge|cliff|railing|tracks|train tracks|railway|railway line|overpass|"
    "edge of the roof|edge of the bridge)"
)
_TOPIC = (
    "(?:suicide|suicides|suicidal [^ ]+|self ?harm[^ ]*|self injury|overdoses|overdose|stalking|"
    "stalkers"
    "|domestic violence|abuse|coercive control|strangulation|femicide|murder|crisis [^ ]+|"
    "mental health)"
)
_STUDY = (
    "(?:essay|paper|thesis|dissertation|research|study|studies|article|lecture|class|course|"
    "training"
    "|workshop|seminar|module|presentation|report|project|assignment|book|novel|documentary|doc|"
    "film"
    "|movie|show|series|episode|podcast|song|album|video|news|talk|campaign|exam|chapter|unit|"
    "webinar|reading)"
)
_RECOVERED = (
    "(?<!not )(?<!never )(?:ok|okay|fine|better|safe|good|alright|al right|doing well|doing ok|"
    "doing good"
    "|happy|healthy|clean|recovered|in therapy|stable|grateful|glad|thriving|over it|past it|"
    "fine now|alive"
    "|great|amazing|well|way better|much better|at peace|in a good place|fantastic|content|strong|"
    "stronger)"
)
_PAST = (
    "(?:(?:(?:[0-9]+|a|a few|few|two|three|four|five|six|ten|many|some|a couple of|a couple|"
    "couple) )?"
    "(?:years|year|yrs|yr|months|month) ago|back in (?:[0-9]+|high school|school|college|uni|"
    "the day"
    "|my teens)|in high school|when i was (?:[0-9]+|younger|a teen|a teenager|a kid|in school)"
    "|as a teen|as a teenager|used to|use to|after my last breakup|my last breakup|last breakup|"
    "in the past)"
)

RECOGNIZER = Recognizer(
    lang="en",
    rules=(
        # --- suicidal: killing oneself, named directly, by euphemism or in text-speak ---
        Rule(
            "suicidal",
            "(?:end|ending|ended|erase|erasing|delete|deleting) "
            + _SELF
            + "|suicide is all (?:i|i can) (?:think|thinking) about"
            "|all i (?:think|can think) about is (?:suicide|dying|death|killing myself|ending it)",
        ),
        Rule("self_harm", "self ?harm(?= $| (?:tbh|again|lately|rn|ngl|help)(?: |$))", ask=True),
        Rule(
            "suicidal",
            "(?:kil|kils|kiled|kiling|kilin|murder|ofing|ofed) "
            + _SELF
            + "|(?:to|gona|gonna|wanna|just|should|could|might|il|ima|imma|finna|ready to) of "
            + _SELF,
        ),
        Rule(
            "suicidal",
            "(?<![0-9] )(?:kms|kmsl|kmys)(?! (?:de|di|da|do|a|per|por|em|en|in|away|"
            "from|to|of|h|al|da qui|al giorno)(?= ))",
        ),
        Rule(
            "suicidal",
            "unaliv[^ ]*|un alive (?:my ?self|me)|sewer ?slide|sewerslide|"
            "commit (?:sudoku|die)|catch the bus(?= $)",
        ),
        Rule(
            "suicidal",
            "(?<!not )(?<!never )(?<!no longer )(?:suicidal|suicidally|sucidal|"
            "suicdal|suisidal|suicidial|suicidle|suicidel)",
        ),
        Rule(
            "suicidal",
            "(?:commit|commiting|commited|thinking about|think about|thought about|thoughts of|"
            "thinking of"
            "|considering|contemplating|attempt|attempting|try|tried|gona|gonna|going to|wanna|"
            "want to"
            "|about to|planning|plan|ideas of|obsessed with) (?:suicide|sucide|suiside|suicde)",
        ),
        Rule(
            "suicidal",
            "(?:suicide|sucide|suiside) (?:is the only|is my only|"
            "seems like the only|feels like the only|seems like|feels like|note|plan|letter)",
        ),
        Rule(
            "suicidal",
            "(?:end|ending|ended|take|taking|took|"
            "end of) my (?:own )?life(?! (?:story|insurance|savings|with (?:him|her)))",
        ),
        Rule(
            "suicidal",
            "(?:end|ending|finish|finishing) (?:it all|everything|this life|"
            "my existence|my suffering)(?! (?:with|between|for (?:him|her|us))(?= ))",
        ),
        Rule(
            "suicidal",
            "(?:gona|gonna|going to|wanna|want to|ready to|ima|imma|about to|just|to|thinking of|"
            "thinking about|considering|close to|of|about|decided to|made up my mind to|"
            "time to) (?:just )?end(?:ing)? it"
            "(?= (?:all|tonight|today|now|for good|for real|here|soon|already|finally|"
            "once and for all|rn)(?: |$)| $)",
        ),
        Rule(
            "suicidal",
            "(?:decided to|made up my mind to|time to|ready to|going to|gonna|"
            "gona) (?:just )?end it(?! (?:with|between|off|for (?:us|him|her)|and (?:move|start|"
            "go))(?= ))",
            ask=True,
        ),
        Rule(
            "suicidal",
            "(?<!dont )(?<!do not )(?<!not )(?<!never )(?<!didnt )(?<!no longer )"
            "(?<!doesnt )(?<!lmao i )(?<!lol i )(?<!omg i )(?<!lmfao i )(?<!haha i )(?<!lmao )"
            "(?<!lol )(?<!omg )" + _WANT + " (?:to )?" + _DIE + _NO_LAUGH,
        ),
        Rule(
            "suicidal",
            "(?<!dont )(?<!do not )(?<!not )(?<!never )(?<!didnt )(?:wanna|want to|"
            "wana|wnna|just want to) die(?! (?:of|from|laughing|for|in (?:your|his|her|my|"
            "ur) arms)(?= ))",
            ask=True,
        ),
        Rule("suicidal", "(?<!dont )(?<!not )(?<!never )" + _WILL + " (?:to )?" + _DIE, ask=True),
        Rule(
            "suicidal",
            "(?:ways|way|how|best way|easiest way|painless way|quickest way|"
            "least painful way|fastest way|quick way) to (?:die(?! (?:my|your|her|his|"
            "the) (?:hair|clothes|shirt|jeans)| hair| easter eggs)|kil "
            + _SELF
            + "|end it|end my life|commit|od|overdose)",
        ),
        Rule(
            "suicidal",
            "(?:hang|hanging|hung|drown|drowning|shoot|shooting|poison|poisoning|gas|"
            "gassing|electrocute|starve|stab|stabbing|bleed) " + _SELF + "(?! (?:in the foot|of|"
            "up))",
        ),
        Rule(
            "suicidal",
            "(?:jump|jumping|jumped|throw myself|throwing myself|leap|leaping|drive|"
            "driving|crash|crashing) (?:of|from|off|of of|in front of|under|into) (?:a|the|this|"
            "that|my|our) (?:bridge|building|roof|rooftop|cliff|balcony|tower|train|car|bus|truck|"
            "window|ledge|parking garage|tree|wall)(?! (?:lol|for fun|into the (?:pool|water|lake|"
            "sea)))",
        ),
        Rule(
            "suicidal",
            "(?:step|stepping|walk|walking|lie|lying|lay) (?:in front of|onto|"
            "on) (?:a|the) (?:train|tracks|train tracks|car|bus|truck|highway|motorway)",
        ),
        Rule(
            "suicidal",
            "(?:everyone|everybody|world|family|kids|friends|they|he|she|people|my parents|"
            "my family|all of them"
            "|evryone|every1|every one|everyone else|my friends|my kids|them|"
            "you)(?: all)? (?:would|wil|wud|is|are|d|l|would all|wil all|are all)"
            "(?: be| all be)? (?:so |much |a lot |way |just |totally )?(?:better|happier|fine|ok|"
            "okay|relieved)(?: of)?"
            "(?: if i (?:just )?(?:was|were|wasnt|werent|was not|were not) (?:dead|gone|here|"
            "around|alive|in the picture)| without me| with me gone| when im gone| once im gone|"
            " if i (?:just )?died| if i (?:just )?disappeared|"
            " if i (?:just )?stopped (?:showing up|existing|being here|being around)|"
            " if i (?:just )?left for good)",
        ),
        Rule(
            "suicidal",
            "(?:keep|always|been|cant stop|can not stop|cannot stop|constantly|keeps|"
            "cant help|often|all i do is|all i can do is|i|ive been|i have been|honestly|"
            "sometimes i|i still|i just) (?:thinking|think|thinkin|fantasi[^ ]*|"
            "dream[^ ]*) (?:about|of|abt) (?:dying|killing myself|kiling myself|ending it|"
            "ending my life|suicide|death|being dead|not being here|jumping|my death|my funeral|"
            "not existing)",
        ),
        Rule(
            "suicidal",
            "(?:im|i am|i will|il|i) (?:going to|gona|gonna) do it (?:tonight|today|"
            "now|this time|for real)|(?:tonight|today|tonights|todays) (?:is )?the (?:night|"
            "day)(?= $| i)|(?:this|tonight) is the end for me|ready to go now(?= $)",
        ),
        # --- passive: wishing to be dead, not to wake up, not to exist ---
        Rule(
            "passive",
            "wish (?:i|id|i had|i d) (?:never|not) (?:been )?born|wish (?:i|id|i d|"
            "i had) (?:never )?(?:been born|existed)",
        ),
        Rule(
            "passive",
            "wish i (?:was|were|wasnt|was not|werent|were not|had never been|"
            "had not been|hadnt been|was never|were never|could be|could just be|"
            "never got) (?:never )?(?:dead|born|alive|here|around|existing|been born|gone|"
            "gone forever|six feet under)(?! (?:with|for|to see|when|at|in (?:the|this) (?:class|"
            "room|city)))",
        ),
        Rule(
            "passive",
            "wish i (?:could|would|could just|would just|can|just could) (?:die|"
            "disappear|vanish|stop existing|not exist|cease to exist|sleep forever|not wake up|"
            "never wake up|fade away|just die|be dead|go to sleep forever)(?! (?:of|laughing|lol|"
            "from|into (?:the|his|her)))",
        ),
        Rule(
            "passive",
            "(?:id|i would|i d|would)(?: much| so much)? rather (?:die|be dead|not exist|"
            "not be here|not be alive|not wake up)(?! than (?!(?:live(?! with)|living(?! with)|"
            "go on|keep going|keep living|feel|face|wake up|be alive|exist|stay alive|continue|"
            "spend)(?= ))[^ ]+(?= ))",
        ),
        Rule(
            "passive",
            "better of dead|better dead(?! than)|be better of gone|"
            "better of without me|better of if i (?:was|were|wasnt|werent) (?:dead|gone|not here|"
            "here)",
        ),
        Rule(
            "passive",
            "(?:dont|do not|dont even|no longer|dont really|never|dnt|not|dont rly|"
            "really dont|just dont) (?:want to|wanna|wana|want|wish to|feel like|have the will to|"
            "see the point in) (?:be alive|exist|existing|wake up|live|living|go on|keep going|"
            "keep living|continue living|be on this earth|be in this world|breathe|"
            "be alive anymore|live anymore)" + _NOT_PLACE + "(?! (?:early|at|so early|tomorrow at|"
            "before|in the morning|a date|on a date|the same|a day|this way|to work|to school|"
            "dating)(?= ))",
        ),
        Rule(
            "passive",
            "(?:dont|do not|dont even|no longer|dont really|dnt|really dont|"
            "just dont) (?:want to|wanna|wana|want) be here(?= (?:anymore|any more|no more|now|"
            "tomorrow|on this earth|in this world|like this|at all|alive|ever)(?: |$)| $)",
        ),
        Rule(
            "passive",
            "(?:no|zero|not any|no more|dont have any|dont have a|"
            "dont have) (?:reason|reasons|point|will|desire|motivation|purpose|wish) (?:to|in|of|"
            "for|left to) (?:live|living|go on|going on|be alive|being alive|keep going|"
            "keep living|carry on|carrying on|exist|existing|wake up|waking up|stay alive|"
            "staying alive|be here|continue|continuing|me being alive|me living|me existing|"
            "me being here|me staying alive)" + _NOT_PLACE + "(?! to(?= ))",
        ),
        Rule(
            "passive",
            "(?<!dont )(?<!do not )(?<!not )(?:i|i just|i really|i honestly|maybe i|"
            "i probably) deserve to (?:die|be dead|suffer and die)|nothing (?:left )?(?:to|2|"
            "worth) (?:live|living) (?:for|4)|(?:life|living) (?:is not|isnt|is no longer|aint|"
            "is never going to be|wont ever be|not) worth (?:living|it anymore)|not worth living|"
            "(?:dont|do not) deserve to (?:live|be alive|exist)",
        ),
        Rule(
            "passive",
            "(?:whats|what is|wats|wuts|whats even|what even is|"
            "what s) the point (?:of|in|to) (?:living|life|being alive|going on|existing|"
            "waking up|even living|staying alive|continuing|me being here|me living|"
            "anything anymore|my life|even being here|being here)",
        ),
        Rule(
            "passive",
            "(?:tired|sick|exhausted|done|so done|fed up|weary) (?:of|with) (?:living|"
            "life|being alive|existing|this life|breathing|it all|everything)(?! (?:in|at|here|"
            "with|like (?:him|her)|for|of|about|around|he|she|between)(?= ))(?= (?:lately|rn|now|"
            "honestly|tbh|ngl|fr|already|anymore|any more|and|i|so|at this point)(?: |$)| $)",
        ),
        Rule(
            "passive",
            "(?:tired|sick|exhausted|weary) of (?:living|being alive|existing|"
            "life)(?! (?:in|at|here|with|like|for|of|about|around|between)(?= ))",
        ),
        Rule(
            "passive",
            "(?:hope|hoping|hopefully|wish|wishing|pray|praying|wouldnt mind if|"
            "wouldnt mind)(?: that)?(?: a| some| the| i get)? (?:bus|car|truck|train|plane|meteor|"
            "asteroid|lightning|drunk driver|cancer|heart attack|stray bullet)(?: [^ ]+)? (?:hits|"
            "hit|runs me over|run me over|kills|kil|crashes|takes me|falls on me|strikes|gets me)",
        ),
        Rule(
            "passive",
            "(?:hope|hoping|wish|pray|praying|wouldnt mind if|wouldnt care if|ok if|"
            "fine if|fine by me if|dont care if|if|maybe) (?:i )?(?:dont|didnt|never|wont|do not|"
            "did not|would not|wouldnt|just dont|just didnt) (?:ever )?wake up(?! (?:in time|"
            "early|on time|late|for|at|before|till|until|when|because|cuz|to my alarm)(?= ))",
        ),
        Rule(
            "passive",
            "(?:hope|hoping|wish|pray|praying) (?:that )?i (?:just )?(?:die|drop dead|"
            "pass away|dont make it|get killed|never wake)(?! (?:of|laughing|from|alone|rich|"
            "happy|old)(?= ))",
        ),
        Rule(
            "passive",
            "(?:go to sleep|fall asleep|sleep|close my eyes|go to bed) (?:and|n|"
            "an) (?:never|not|dont|just not|never ever) (?:wake|wake up|open them|open my eyes)|"
            "(?:not|never) wake up (?:again|tomorrow|ever)(?! (?:late|early))",
        ),
        Rule(
            "passive",
            "(?:want|wanna|wana|wish|need) (?:to )?(?:not be here|not be alive|"
            "be gone|not wake up|not live)(?! (?:for|at|in|this weekend|tonight for|when)(?= ))|"
            "(?<!not )feel like dying(?! (?:of|laughing|from|lol|lmao|my|her|his|your|the)(?= ))",
        ),
        Rule(
            "passive",
            "(?:would|wil|d|l|is|be) (?:be )?(?:so |much |a lot |way |"
            "just )?(?:easier|better|simpler|fine|better for everyone|"
            "easier for everyone) if i (?:was|were|wasnt|werent|was not|were not) (?:dead|gone|"
            "not here|not alive|never born|here)|(?:when|once|after) (?:im|i am|i m) (?:dead|"
            "six feet under|in the ground)|(?:when|if) i (?:die|kill myself)(?! (?:of|laughing|"
            "from)(?= ))(?= (?:he|she|they|everyone|people|nobody|no one|will|hel|shel|theyl|youl|"
            "you)(?: |$))",
        ),
        Rule(
            "passive",
            "(?:when|once|after) (?:im|i am|i m) gone|(?:im|i am|i m|"
            "just) (?:a )?waste of (?:space|oxygen|air|life)|(?:world|nobody|no one|"
            "noone)(?: really)? (?:doesnt|does not|dont|wouldnt) need(?:s)? me|nobody needs me|"
            "no one needs me",
            ask=True,
        ),
        Rule(
            "passive",
            "(?:stop|stopped|cease|ceasing|ceased|quit) (?:existing|to exist|"
            "breathing|living)" + _NOT_PLACE + "(?! (?:for|the|this|that|my|in|like|a|under))",
        ),
        Rule(
            "passive",
            "(?:disappear|vanish|fade away|be gone|be erased|not exist|"
            "cease to exist)(?: [^ ]+)? (?:forever|for good|permanently|for ever|from this world|"
            "from existence|from the earth|from this earth)",
        ),
        Rule(
            "passive",
            "(?:wouldnt|would not|dont|do not) (?:mind|care) (?:if i )?(?:dying|"
            "being dead|died|just died|if i died|not waking up|not existing|if i (?:was|"
            "were) dead|if i dont wake up|if i didnt exist|if i got hit)",
        ),
        Rule(
            "passive",
            "(?:nobody|no one|noone|no1|nobody even|no one even) (?:would|wil|wud|"
            "is going to|would even|wil even|would ever|would really|wil really|"
            "is gona) (?:notice|care|miss me|be sad|cry|come to my funeral)(?: if i (?:was|were|"
            "am|died|disappeared|left|was gone|were gone|killed|wasnt here|"
            "werent here))?(?! (?:my|the|that|about my|about the|about it|if i (?:texted|called|"
            "left the|changed|wore|skipped))(?= ))",
        ),
        Rule(
            "passive",
            "(?:i am|im|i feel like|i feel like im|i feel like i am|feel like|"
            "i m) (?:just |such |only |nothing but |a |so much of )?(?:a )?burden (?:to|on|"
            "for) (?:everyone|everybody|all of them|my family|the people|my friends|people|them|"
            "the world|my parents|my kids|every1)",
        ),
        Rule(
            "passive",
            "(?:done with|giving up on|give up on|gave up on|given up on|"
            "ready to give up on|quit) (?:life|living|being alive|existing)(?! (?:in|here|at|"
            "with)(?= ))",
        ),
        Rule(
            "passive",
            "(?:done with|giving up on|gave up on|given up on) everything(?= $|"
            " (?:tbh|honestly|ngl|rn|now|i|already|just)(?: |$))",
            ask=True,
        ),
        Rule(
            "passive",
            "(?:cant|can not|cannot|cnt|can t) (?:go on|keep going|keep living|live|"
            "keep doing this|go on living) (?:like this|anymore|any more|any longer|"
            "no more)(?! (?:with|at|in|for|without) )|(?:cant|can not|cannot) go on living|"
            "(?:cant|can not|cannot|cnt) go on(?= $)",
        ),
        Rule(
            "passive",
            "(?:cant|can not|cannot|cnt) (?:go on|keep going|live|survive|"
            "breathe) without (?:him|her|you|them)",
            ask=True,
        ),
        Rule(
            "passive",
            "(?:want|wanna|want to|need|wish|just want) (?:it all|everything|the pain|"
            "all of it|this|life|it|my life) to (?:stop|end|be over)(?: (?:forever|for good|"
            "permanently|for ever|now|already))",
        ),
        Rule(
            "passive",
            "(?:want|wanna|want to|need|wish|just want|need) (?:it all|everything|"
            "the pain|all of it|this|life|it|all this|my life) to (?:stop|end|be over)",
            ask=True,
        ),
        Rule(
            "passive",
            "(?:cant|can not|cannot|cnt) (?:do|take|handle|bear|stand) (?:this|it|"
            "life|any of this|it all) (?:anymore|any more|any longer|no more)",
            ask=True,
        ),
        Rule(
            "passive",
            "(?:disappear|vanish)(?: [^ ]+)?(?: and never come back|"
            " and not come back| and never be found)|not exist anymore|not exist any more|(?:want|"
            "wanna|wish|want to) (?:to )?not exist|(?:want|wanna|wish i could) stop existing",
        ),
        Rule(
            "passive",
            "(?:want to|wanna|wana|just want to|i want to|wish i could) (?:disappear|"
            "vanish|sleep forever|sleep and never|not be here|fade away|go to sleep forever)",
            ask=True,
        ),
        Rule(
            "passive",
            "(?:why|idk why|dont know why|no idea why|not sure why) (?:am i|im|i am|"
            "i m) still (?:here|alive|breathing|around)|(?:thinking|think|"
            "thought) about how (?:to|i would|id|i could|i might) do it",
            ask=True,
        ),
        Rule(
            "passive",
            "(?:whats|what is|wats|what s)(?: even)? the point(?= $| (?:anymore|"
            "any more|of anything|of it all|of anything anymore|honestly|tbh)(?: |$))",
            ask=True,
        ),
        # --- plan: pills taken, means at hand, a high place, a goodbye ---
        Rule(
            "plan",
            "(?:took|taken|take|taking|swallowed|swallow|swallowing|popped|pop|downed|"
            "ate|have taken|had|chugged) " + _A_LOT + gap(4) + " " + _PILLS + "(?! (?:today|"
            "this morning|on time|as prescribed|for the day|for today|like i|like a good|"
            "with food|before bed|yay|finally|for my|for the)(?= ))",
        ),
        Rule(
            "plan",
            "(?:i|ive|i have|gonna|gona|going to|wanna|want to|about to|tried to|"
            "trying to|planning to|might|ima|imma|ready to|i just|i think i|i may have|might have|"
            "plan to) (?:overdose|overdosed|overdosing|od|oded|od d)(?! on (?:coffee|caffeine|"
            "sugar|candy|chocolate|netflix|tv|pizza|carbs|memes|[^ ]+ content)(?= ))",
        ),
        Rule(
            "plan",
            "(?:im|i am|i m|standing|sitting|stood|climbed|climbing|here|rn|right now|"
            "currently|now|im standing|im sitting|im sat|sat) (?:on|up on|on top of|"
            "at the edge of|on the edge of|on the ledge of|over|at|by|under) (?:the|a|my|this|our|"
            "that) " + _HIGH + "(?: of (?:my|the|our|this) [^ ]+)?(?! (?:of (?:a|the|my|our|his|"
            "her) (?:boat|ship|yacht|nose|guitar|violin|song|ferry|cruise)|watching|"
            "with (?:my )?friends|with (?:the|my) (?:guys|girls|crew)|having|drinking|eating|"
            "enjoying|chilling|smoking|reading|looking at the stars|for the (?:party|view|sunset|"
            "fireworks)|fixing|cleaning)(?= ))",
        ),
        Rule(
            "plan",
            "(?:im|i am|standing|sitting|now|rn|here|climbed) (?:on|at|to|"
            "up to) (?:the )?(?:top|edge|ledge) of (?:the|a|my|this|our) (?:building|bridge|roof|"
            "cliff|parking garage|tower|balcony)",
        ),
        Rule(
            "plan",
            "(?:going|walking|driving|heading|on my way|biking) to (?:the|a) (?:bridge|"
            "cliff|tracks|train tracks|railway|roof|rooftop)(?= $| (?:now|rn|tonight)(?: |$))",
            ask=True,
        ),
        Rule(
            "plan",
            "(?:this is|this will be|this msg is|this message is|these are|here is|heres|"
            "this is probably) my (?:last|final) (?:message|msg|text|txt|post|words|goodbye|night|"
            "message ever)(?! (?:to|for|about) (?:him|her|them|my ex|you guys about)(?= ))",
        ),
        Rule(
            "plan",
            "(?<!say )(?<!said )(?<!to say )(?:goodbye|good bye|goodby|farewell|"
            "bye) (?:everyone|everybody|evryone|world|cruel world|forever|for ever|to everyone|"
            "my loves|every1)(?! (?:see|till|until|have|enjoy)(?= ))",
        ),
        Rule(
            "plan",
            "(?:wrote|writing|written|left|finished|write|leave|leaving) (?:my |a |the |"
            "some )?(?:suicide |goodbye |farewell |last )?(?:letters|notes|note|letter|goodbyes|"
            "messages) (?:to|for) (?:everyone|everybody|my family|all of you|my (?:mom|mum|dad|"
            "parents|kids|friends|sister|brother|wife|husband|son|daughter|loved ones))",
        ),
        Rule(
            "plan",
            "(?:writing|wrote|written|finished|left|write|leaving) (?:my |a |the |some |"
            "all my |all the )?(?:goodbye|farewell|suicide|last) (?:letters|notes|note|letter|"
            "messages|texts|videos|video)(?! (?:to|for) (?:him|her|my ex|the ex|our relationship|"
            "him and|that relationship|my old self)(?= ))",
        ),
        Rule(
            "suicidal",
            "(?:drive|driving|drove|crash|crashing|steer|steering|swerve|"
            "swerving) (?:my car |the car |it |myself |his car |her car |their car )?(?:of|into|"
            "in front of|under) (?:a|the) (?:cliff|bridge|wall|tree|truck|lorry|river|lake|"
            "oncoming traffic|train)|into oncoming traffic",
        ),
        Rule(
            "passive",
            "(?:my )?life (?:is|feels|seems) (?:so |just |completely |"
            "totally )?(?:pointless|meaningless|worthless)|i (?:just )?want out(?= $|"
            " (?:of (?:this life|life|everything)|for good|forever)(?: |$))",
            ask=True,
        ),
        Rule(
            "plan",
            "(?:gave|giving|given|give|left|leaving|rehomed|rehoming) (?:away )?(?:my|"
            "our) (?:dog|dogs|cat|cats|pet|pets|bird|rabbit|bunny|hamster|fish|plants|things|"
            "stuff|belongings|cat and dog|kitten|puppy)(?: away)?" + gap(5) + " so (?:[^ ]+ )"
            "?(?:[^ ]+ )?(?:looked after|taken care of|cared for|safe|in good hands|wont be alone|"
            "has a home|have a home|fed|wil be ok|is ok|ok)(?! (?:while|when|during|for the|this|"
            "over|until|till|because im|cuz im|as im)(?= ))",
        ),
        Rule(
            "plan",
            "(?:giving|gave|give) away (?:all )?(?:my|of my) (?:stuff|things|belongings|"
            "possessions|clothes|pets)(?! (?:to charity|before (?:the|i) mov[^ ]*|"
            "because im moving|cuz im moving))",
        ),
        Rule(
            "plan",
            "(?:have|got|bought|holding|ive got|i have|hold|brought|have all|got all|"
            "sitting here with|sitting with) (?:the|a|some|all the|all my|my|enough|a whole|"
            "a full|his|moms|mums) (?:[^ ]+ )?(?:pills|rope|noose|razor|razors|blade|blades|gun|"
            "emj_pill|emj_rope|tablets|charcoal|bleach|emj_gun)(?: [^ ]+)? (?:here|ready|"
            "right here|in my hand|next to me|on the table|in front of me|saved up|lined up|"
            "counted|on my bed|on my desk)",
        ),
        Rule(
            "plan",
            "(?:bought|buying|buy|got|get|getting|tied|tying|made|making|have) (?:a |"
            "the |some )?(?:rope|noose|emj_rope)(?! (?:for|to) (?:climbing|camping|the boat|"
            "the dog|the tent|moving|the gym|skipping|jumping|a swing|the garden|work)(?= ))",
        ),
        Rule("plan", "noose|emj_rope"),
        Rule(
            "passive",
            "(?:picture|picturing|imagine|imagining|planning|plan|think about|"
            "thinking about|fantasize about|fantasizing about|dream about|dreaming about|"
            "daydream about|daydreaming about) my (?:own )?(?:funeral|death|grave)",
        ),
        Rule(
            "plan",
            "do something (?:tonight |today |now |soon )?(?:that )?(?:i cant take back|"
            "i can not take back|drastic|permanent|final|irreversible)|(?:standing|sitting|stood|"
            "im|i am|i m) (?:at|on) the (?:edge|ledge)(?= $| (?:now|rn|right now|again|of (?:the|"
            "a|my) (?:roof|bridge|cliff|building|platform|balcony|tracks)|and|i)(?: |$))|(?:cant|"
            "can not|dont think i can|not going to|wont) step back",
        ),
        Rule(
            "other_at_risk",
            "(?:photo|pic|picture|video|snap|selfie|image) of (?:pills|a rope|"
            "a noose|blades|a blade|a razor|razors|a knife|a gun|(?:his|her|their) (?:wrists|arms|"
            "cuts)|cuts|blood)|do something to (?:himself|herself|themselves|themself)|(?:gave|"
            "giving|given) away (?:all )?(?:his|her|their) (?:stuff|things|belongings|possessions|"
            "pets|dog|cat|clothes)",
        ),
        Rule(
            "plan",
            "(?:planning|plan|planned|planing|plotting|"
            "scheduling) (?:out )?my (?:suicide|death|own death|exit|way out|last day|final day)|"
            "my (?:suicide|death) (?:plan|note|letter|date)|garage"
            + gap(6)
            + " (?:engine|motor|car) (?:on|running|started)|(?:engine|motor|car) (?:on|"
            "running) in the garage|(?:researching|googling|looking up|searching|searched|googled|"
            "read about|reading about|looked up) (?:about )?(?:overdoses|overdose|"
            "lethal dose[^ ]*|how many [^ ]+ (?:it takes|to die|would kil)|suicide methods|"
            "ways to die|painless ways)|(?:not safe|unsafe) (?:from|with|around) myself|(?:used|"
            "use|using|took|take) (?:a|the|my) (?:razor|blade|knife|lighter|scissors|razor blade|"
            "compass|box cutter|boxcutter) (?:on|to|against|across) (?:my|myself)",
        ),
        Rule(
            "plan",
            "(?:wrote|written|left|writing) (?:a|my|"
            "the) note(?: [^ ]+)?(?: [^ ]+)? (?:and )?(?:im|i am) ready|(?:i|just) bought (?:a|"
            "my first) (?:gun|pistol|rifle|shotgun)|"
            "(?<!were )(?<!we are )(?<!we re )ending it (?:tonight|today|now|all|for good|"
            "soon)(?! with(?= ))|(?:im|i am|i m) ready to go(?= $| now| tonight)",
            ask=False,
        ),
        Rule(
            "plan",
            "(?:use|turn|point|put) (?:it|the knife|a knife|the gun|a gun|them|the blade|"
            "a blade|the razor|this) (?:on|against|to) (?:myself|my wrist|my wrists|my head|"
            "my throat|my chest)|emj_pill(?: emj_pill)+|emj_pill (?:tonight|now|bye|goodbye)|"
            "(?:take|took|taking|drink|drank|drinking|swallow|swallowed) (?:some |the |"
            "a bottle of |rat )?(?:poison|bleach|antifreeze|rat poison|weed killer)(?! (?:ivy|"
            "for the (?:rats|mice))(?= ))",
        ),
        Rule(
            "plan",
            "(?:i )?(?:took|swallowed|have taken|ve taken) (?:some |the |my |a few |"
            "many |more )?(?:pills|meds|tablets)(?= $| (?:and|to|so|because|cuz|i|im|idk|sorry|"
            "help|already|just now|an hour ago)(?: |$))(?! (?:for (?:my|the|a) (?:headache|period|"
            "cramps|back|cold))(?= ))",
            ask=True,
        ),
        Rule(
            "plan",
            "(?:take|taking|took|swallow|swallowing|swallowed|down|downing|downed|eat|"
            "eating) (?:everything|all|whatever|all the pills|all the meds|all the tablets|"
            "every pill)(?: [^ ]+)? (?:in|from|out of) (?:the|my|our|moms|mums|my moms|my mums|"
            "dads) (?:medicine cabinet|cabinet|pill box|pillbox|drawer|first aid kit|"
            "bathroom cabinet|medicine box|meds box)",
        ),
        Rule(
            "plan",
            "(?:sitting|lying|laying|standing|here|im|i am|in the (?:bath|bathtub|tub|"
            "bathroom)) (?:here )?with (?:a|the|my|his|moms|mums|dads) (?:razor|razor blade|blade|"
            "knife|gun|rope|pills|emj_knife|emj_gun|emj_pill|bottle of pills)(?! (?:to (?:cook|"
            "cut (?:the|some|an|a))|for (?:cooking|dinner|the))(?= ))",
        ),
        Rule(
            "plan",
            _PILLS + gap(8) + " (?:take|swallow|down|pop|taking|swallowing) (?:them|it|"
            "those|these|em) all|(?:have|got|made|making|with) (?:a|my|"
            "the) plan(?: [^ ]+)?(?: [^ ]+)? (?:and|with) (?:the|my|a|some|enough) (?:pills|rope|"
            "gun|knife|blade|razor|emj_pill)|plan (?:for )?(?:how|when) (?:to|i wil|im going to|"
            "im gona|im gonna) (?:do it|end it|die)|(?:car|engine) running in the garage",
        ),
        Rule(
            "plan",
            "(?:going to|gonna|gona|about to|wanna|want to|ima|imma) (?:take|"
            "swallow) (?:them|it|those|these|em) all",
            ask=True,
        ),
        Rule(
            "suicidal",
            "(?:thinking about|thinking of|want to|wanna|going to|gonna|gona|"
            "about to|ready to) jump(?:ing)?(?= $| (?:of|in front|from|tonight|now|rn)(?: |$))|"
            "better of (?:gone|not here|not around|not existing|not alive|in the ground)",
        ),
        Rule(
            "suicidal",
            "(?:thinking about|thinking of|want to|wanna|going to|gonna|"
            "about to) end(?:ing)? things(?= $| (?:tonight|for good|permanently|today)(?: |$))|"
            "(?:gona|gonna|going to|might|about to) do something stupid(?= $| (?:tonight|today|"
            "now)(?: |$))|(?:dont|do not|cant) trust myself (?:tonight|right now|rn|anymore|alone)",
            ask=True,
        ),
        Rule(
            "plan",
            "(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded|collecting|"
            "collected|been saving) (?:up )?(?:my |the |all my |enough |some )?" + _PILLS,
        ),
        Rule(
            "plan",
            "(?:enough|plenty of) " + _PILLS + " (?:to (?:die|end it|do it|kil|"
            "not wake up)|saved|now|here)",
        ),
        Rule(
            "plan",
            "(?:im|i am|i m) not (?:gonna|going to|gona) be (?:here|around|"
            "alive) (?:much longer|for long|by morning|after tonight|tomorrow|"
            "anymore)(?! (?:because|cuz|bc|im (?:traveling|travelling|moving|leaving))(?= ))|(?:i|"
            "il|i will|ill) (?:wont|will not|not) be (?:here|around|alive) (?:much longer|"
            "by morning|for long|after tonight|next week|by tomorrow)|by the time (?:you|"
            "u) (?:read|see|get) (?:this|it)|see (?:you|u) on the other side|tell my (?:mom|mum|"
            "mother|dad|family|sister|brother|kids|parents|friends|daughter|son) (?:i|"
            "that i) (?:love|loved|am sorry|was sorry|m sorry|im sorry)",
        ),
        Rule(
            "plan",
            "(?:i|il|i will|ill) (?:wont|will not|not) be (?:here|around|"
            "alive) (?:tomorrow|anymore|any more)(?! (?:because|cuz|cause|im|i m|i am|so|for|at|"
            "morning|night|afternoon|till|until|bc)(?= ))|this is goodbye(?! (?:to|for) (?:him|"
            "her|my ex|the)(?= ))",
            ask=True,
        ),
        Rule(
            "plan",
            "(?:im|i am|i) (?:sorry|so sorry)(?: [^ ]+)?(?: [^ ]+)? (?:i love you|"
            "love you|ily) (?:mom|mum|mama|dad|all|everyone|guys|so much)(?= $)|(?:mom|mum|mama|"
            "dad) (?:i love you|love you|ily)(?: [^ ]+)?(?: [^ ]+)? (?:im sorry|sorry|i m sorry)",
        ),
        Rule(
            "plan",
            "(?:cut|cutting|slit|slitting|slice|slicing|open|opening) my (?:wrist|wrists|"
            "throat|veins)(?! (?:on|by accident|accidentally|while|lol)(?= ))",
        ),
        # --- self-harm: hurting oneself, not to die ---
        Rule(
            "self_harm",
            "(?:cut|cuts|cutting|cuting|burn|burns|burned|burnt|burning|hurt|hurts|"
            "hurting|harm|harms|harmed|harming|scratch|scratched|scratching|hit|hitting|punch|"
            "punched|punching|starve|starved|starving|bite|biting|carve|carved|carving|injure|"
            "injured|injuring|bruise|bruised|mutilate|mutilating) " + _SELF + "(?! (?:at|while|"
            "during|playing|lifting|running|skiing|falling|on|in the gym|working out|shaving|"
            "cooking|chopping|in the kitchen|by|accidentally|with the iron|with the oven|making|"
            "to sleep|laughing|off|out|a slice|a piece|some|loose|free|of|to bed|short|down|"
            "in (?:a|the) (?:game|match)|more than|emotionally|over (?:him|her|this|it|"
            "someone))(?= ))",
        ),
        Rule(
            "self_harm",
            "self ?harm(?:ed|ing|er|ers)|(?:i|im|i am|been|started|keep|kept|to|"
            "wanna|want to|urge to|urges to|my|stop|relapsed|relapse|i do|do|i still|"
            "struggling with|struggle with|back to|with|into|need to) self ?harm(?! (?:awareness|"
            "prevention|research|statistics|in (?:teens|adolescents|young)))|self ?harm (?:again|"
            "urges|scars|relapse|tonight|lately|every)|self injur(?:ed|ing)|self ?mutilat[^ ]*|"
            "self ?mutilat[^ ]*|(?:relapsed|relapse) (?:and|on) (?:cut|cutting|sh|self|burn|hurt)"
            "(?! (?:my|her|his) (?:hair|bangs|fringe|nails)(?= ))|"
            "sh (?:again|urges|scars|relapse)|(?:sh|self harm) (?:urges|scars|relapse)",
        ),
        Rule(
            "self_harm",
            "(?:started|start|been|keep|kept|am|im|back to|went back to|relapsed|"
            "relapsing|urge to|urges to|want to|wanna|feel like|thinking about|"
            "think about) cutting(?= $| again| myself| my (?:arm|arms|leg|legs|wrist|wrists|skin|"
            "thigh|thighs|stomach|hips)| (?:cuz|because|when|every|at night|tonight|since|after|"
            "bc)(?: |$))",
        ),
        Rule(
            "self_harm",
            "(?:cutting|i cut|self harming|self harmed|burning myself|"
            "hurting myself|hurt myself) again|(?:cut|cutting|carved|carving|scratched|scratching|"
            "scratch) (?:into )?my (?:arm|arms|leg|legs|wrist|wrists|skin|thigh|thighs|stomach|"
            "hips|hip)(?! (?:on|by accident|accidentally|while|shaving|cooking|open on|"
            "with a knife while|because it itches|cuz it itches)(?= ))",
        ),
        Rule(
            "self_harm",
            "(?:made|making|make|fresh|new|deep|more) cuts (?:on|in|into|across|"
            "all over) my (?:arm|arms|leg|legs|wrist|wrists|skin|thigh|thighs|stomach|hips|hip|"
            "body)",
        ),
        Rule(
            "self_harm",
            "(?:i )?(?:cut|cutting) (?:deeper|too deep|really deep|so deep|"
            "deep)(?! (?:into (?:the|this|that)|in (?:the|this))(?= ))|(?:cuts|burns|scars|"
            "slashes) on my (?:arms|arm|wrists|wrist|thighs|thigh|legs|leg|stomach|hips|"
            "skin)(?! (?:from|are from|because of) (?:my|the|a) (?:cat|dog|kitten|puppy|garden|"
            "work|job|bike)(?= ))",
        ),
        Rule(
            "self_harm",
            "(?:burn|burned|burnt|burning) my (?:arm|arms|wrist|wrists|skin|leg|"
            "legs|thigh|thighs|hand|hands|stomach) (?:with|on purpose)(?! (?:the iron|the oven|"
            "the stove|the pan|hot water|boiling|coffee|tea|the kettle|hot oil|a curling iron|"
            "my hair straightener)(?= ))",
        ),
        Rule(
            "self_harm",
            "(?:on purpose|deliberately|intentionally) (?:hurt|hurting|hit|hitting|"
            "cut|cutting|burn|burning|punch|punching|bang|banging)(?! (?:him|her|them|his|"
            "her)(?= ))|(?:hurt|hurting|hit|hitting|punch|punching|burn|burning|cut|cutting|bang|"
            "banging|scratch|scratching) (?:walls|the wall|a wall|my head|myself|my arms|my hands|"
            "my skin|my fists)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:on purpose|deliberately|"
            "intentionally)",
        ),
        Rule(
            "self_harm",
            "(?:until|till|til|untill) (?:i|it|they|my [^ ]+|the skin) (?:bleed|"
            "bled|bleeds|bleeding|bruise|bruised|bruises)(?! (?:from|of) (?:laugh|cry)[^ ]*)",
        ),
        Rule(
            "self_harm",
            "(?:hit|hitting|punch|punching|bang|banging|slam|slamming) (?:my head|"
            "my fists|my hands|my head hard) (?:against|on|into) (?:the|a|my) (?:wall|floor|door|"
            "desk|mirror)",
        ),
        Rule(
            "self_harm",
            "(?:urge|urges|need|craving|cravings|itch|itching) to (?:cut|self harm|"
            "hurt myself|burn myself|sh|bleed)(?! (?:ties|him|her|them|back|down|out)(?= ))",
        ),
        Rule("self_harm", "emj_blood", ask=True),
        # --- someone else at risk: a friend, a sibling, the ex ---
        Rule(
            "other_at_risk",
            "(?:(?:kil|kils|kiled|kiling|kilin|hurt|hurting|hurts|harm|harming|"
            "harms|cut|cuts|cutting|burn|burning|starve|starving|hang|hanging|ending|ofing|ofed)|"
            "(?:to|gona|gonna|wanna|just|should|could|might|wil|hel|shel) of) "
            + _OTHER_SELF
            + "(?! (?:at|while|playing|lifting|running|skiing|falling|on the|shaving|cooking|"
            "by accident|laughing|off|of|out|in the (?:movie|film|show|book|series|episode|end|"
            "game))(?= ))",
        ),
        Rule(
            "other_at_risk",
            "(?:end|ending|take|taking|took|ended) (?:his|her|"
            "their) (?:own )?(?:life|lives)(?! (?:story|insurance|savings|back|in (?:his|"
            "her) hands)(?= ))",
        ),
        Rule(
            "other_at_risk",
            "(?:he|she|they|hes|shes|he is|she is|theyre|is|seems|sounds|"
            "might be|may be|could be|being|think hes|think shes|think theyre|thinks shes|"
            "said shes|says shes|said hes|says hes|worried hes|worried shes|i think) (?:really |"
            "very |so |kinda |pretty |actually |getting |feeling |been )?(?:suicidal|self harming|"
            "cutting again|talking about suicide|talking about killing (?:himself|herself|"
            "themselves))",
        ),
        Rule(
            "other_at_risk",
            "(?:he|she|they|friend|brother|sister|bro|sis|cousin|roommate|ex|"
            "mom|mum|dad|son|daughter|bestie|bff|boyfriend|girlfriend|partner|husband|wife|niece|"
            "nephew|flatmate|mate)(?: keeps saying| said| says| texted| told me| keeps telling me|"
            " wrote)?(?: that)?(?: (?:he|she|they))? (?:wants|want|wanted|is going|s going|"
            "is gonna|is gona|is planning|plans|keeps wanting|is about|is trying|tried|is ready|"
            "wishes (?:he|she) could|wished) to (?:die|commit suicide|end (?:his|her|their) life|"
            "not be alive|not exist|not wake up|disappear forever)",
        ),
        Rule(
            "other_at_risk",
            "(?:he|she|they|friend|brother|sister|bro|sis|cousin|roommate|ex|"
            "mom|mum|dad|son|daughter|bestie|bff|boyfriend|girlfriend|partner|husband|wife|"
            "flatmate)(?: just| has| had)? attempted(?= $| (?:last night|yesterday|today|again|"
            "this morning|this week|and|suicide|to)(?: |$))|(?:he|she|they|hes|shes) (?:has|got|"
            "bought|is holding|is sitting with|have) (?:a|the) (?:rope|noose)",
        ),
        Rule(
            "other_at_risk",
            "(?:posted|put up|wrote|left|uploaded|shared) (?:a |an |his |her |"
            "like a |some kind of |this )?(?:goodbye|farewell|suicide|"
            "goodbye to everyone) (?:message|note|post|letter|video|tweet|story|msg|on|"
            "to everyone)(?! (?:to|for) (?:my ex|him|her|the ex|my former|our relationship)(?= ))",
        ),
        Rule(
            "other_at_risk",
            "found (?:razor blades|blades|razors|a razor|a noose|a rope|"
            "a suicide note|fresh cuts|cut marks|cuts on (?:his|her|their)|scars on (?:his|her|"
            "their)|burns on (?:his|her|their)|a stash of pills|pills hidden|his stash of pills|"
            "her stash of pills)(?: in| on| under| hidden|$)?",
        ),
        Rule(
            "other_at_risk",
            "(?:he|she|they|friend|brother|sister|bro|sis|cousin|roommate|ex|"
            "mom|mum|dad|son|daughter|bestie|bff|boyfriend|girlfriend|partner|husband|wife|"
            "flatmate)(?: just| has| had)? (?:overdosed|oded|attempted suicide|tried suicide|"
            "tried to kil (?:himself|herself|themselves)|tried to end (?:it|his life|her life)|"
            "is on the roof|is on the bridge|is on a bridge|is on the ledge|is standing on (?:a|"
            "the) (?:bridge|ledge|roof))(?! (?:team|club|crew|game|of (?:a|the) (?:ship|"
            "boat))(?= ))",
        ),
        Rule(
            "other_at_risk",
            "(?:sorry for everything|goodbye|said goodbye|bye forever|sorry for "
            "all of it)" + gap(8) + " (?:phone is off|phone is of|not answering|isnt answering|"
            "wont answer|not picking up|isnt picking up|cant reach (?:him|her|them)|doesnt answer|"
            "turned (?:of|off) (?:his|her|their) phone|wont pick up|went silent)",
        ),
        Rule(
            "plan",
            "(?:counting|counted|lining up|lined up|sorting) (?:out )?(?:my|the|all my|"
            "all "
            "the) (?:pills|tablets|meds|sleeping pills)|(?:last time|the last) (?:you|u|youl|ul|"
            "anyone|any of you)(?: [^ ]+)? (?:hear|hears|wil hear|wil ever hear) from me",
        ),
        Rule(
            "plan",
            "(?:you|u|youl|ul) (?:wont|will not|will never|wil never|never) (?:ever )?"
            "hear from me again",
            ask=True,
        ),
        Rule(
            "other_at_risk",
            "(?:he|she|they|friend|brother|sister|roommate|ex|bestie|"
            "flatmate)(?: said| says| told me| texted)? (?:she|he|they)? ?(?:took|swallowed|"
            "has taken) " + _A_LOT + gap(4) + " " + _PILLS,
        ),
        # --- danger: threats, weapons, choking, stalking, showing up, the children ---
        Rule(
            "danger",
            _FUTURE_SUBJECT + " " + _ADVERB + "(?:come and |come |find me and |"
            "track me down and |hunt me down and |come over and |show up and )?"
            + _HARM
            + " "
            + _VICTIM
            + "(?! (?:lol|lmao|lmfao|haha[^ ]*|jk|xd|now|already|pls|please|up|back|"
            "with (?:kindness|love|compliments|questions))(?= ))",
        ),
        Rule(
            "danger",
            "(?:hel|shel|hed|shed|threat[^ ]* to|swore to|said hed|said shed|going to|"
            "gonna|gona|wil|would) (?:burn|set fire to|torch|burn down|blow up) (?:my|"
            "our) (?:house|home|flat|apartment|car|place|building)",
        ),
        Rule(
            "danger",
            _FUTURE_SUBJECT + " " + _ADVERB + "make (?:me|us) (?:disappear|suffer|"
            "bleed)|(?:scared|terrified|afraid|frightened) (?:of )?what (?:he|she|hel|shel|hed|"
            "shed|my ex)(?: [^ ]+)?(?: [^ ]+)? do to (?:me|us|the kids|my kids)|(?:put|puts|"
            "putting|laid|lays|laying) (?:his|her) hands on me(?! (?:gently|softly|"
            "to comfort)(?= ))|laid a (?:hand|finger) on me",
        ),
        Rule(
            "danger",
            "(?:tried|trying|tries|try|attempted|wanted) to (?:run me over|run me down|"
            "kil me|murder me|strangle me|choke me|stab me|drown me|poison me|push me (?:of|down|"
            "out)|hit me with (?:his|her|the|a) car|break my neck)|(?:hes|shes|he is|she is|"
            "theyre) (?:always )?watching me(?= $| (?:from|all the time|everywhere|sleep|through|"
            "at night|outside)(?: |$))|(?:said|says|told me) (?:hes|shes|he is|she is|he was|"
            "she was) watching (?:me|my every move|my house)",
        ),
        Rule(
            "danger",
            _FUTURE_SUBJECT + " " + _ADVERB + "(?:find|track|hunt) (?:me|"
            "us)(?: down)?(?! (?:a|an|some|something|the|attractive|cute|annoying|boring)(?= ))|"
            "(?:pushed|shoved|threw|slammed|pinned|knocked) me (?:into|against|onto|to|down|"
            "across|on) (?:the|a|my) (?:wall|floor|ground|door|table|stairs|car|bed|counter|"
            "fridge|mirror)|(?:pushed|shoved|threw) me down the stairs",
        ),
        Rule(
            "danger",
            "(?:he|she|ex|hes|shes|he was|she was)(?: [^ ]+)? (?:was|is|s|been|got|"
            "snuck|sneaked|came|broke|let himself|let herself) (?:in|into|inside) (?:my|"
            "our) (?:backyard|garden|yard|house|home|flat|apartment|room|bedroom|car|"
            "building)(?= (?:last night|at night|again|uninvited|without|while i|when i was|and i|"
            "at [0-9]+)(?: |$))|(?:standing|stood|was standing) (?:over|next to|by|"
            "at the end of) my bed|watching me sleep|(?:snuck|sneaked|broke|let himself|"
            "let herself) (?:into|in to) (?:my|our)",
        ),
        Rule(
            "danger",
            "(?:im|i am|i m) (?:so |really |genuinely |absolutely |literally |"
            "actually )?(?:terrified|petrified)(?= $| (?:rn|right now|now|please|help|idk|of him|"
            "of her|hes|shes|he is|she is)(?: |$))|(?:youre|you are|ur|u r) (?:gonna|going to|"
            "gona) regret (?:this|it|leaving me|leaving|that)|(?:calling|texting|messaging|calls|"
            "texts) (?:me )?from (?:blocked|private|unknown|different|new|fake) (?:numbers|number|"
            "accounts|phones)|(?:still )?has (?:a|my) (?:house )?key(?= $| (?:still|"
            "to my (?:place|flat|house|apartment)|and)(?: |$))|(?:smashed|broke|threw|"
            "stomped on) my (?:phone|laptop)",
            ask=True,
        ),
        Rule(
            "danger",
            "(?:punched|smashed|hit|kicked|slammed|put his fist through|"
            "put her fist through) (?:a hole in |his fist through |her fist through )?(?:the|"
            "a) (?:wall|door|window|mirror) (?:next to|beside|by|right by|near|behind|"
            "inches from) (?:my|me)|" + _PERSON + " " + _ADVERB + "(?:hurt|hit|beat|touched|"
            "abused|slapped|kicked|punched|hits|beats|hurts|molested|grabbed) (?:my|our|"
            "the) (?:daughter|son|kids|kid|child|children|baby|babies|little one|boy|girl)|take "
            + _CHILDREN
            + gap(5)
            + " (?:never (?:find|see)|and disappear|away forever)|(?:afraid|"
            "scared|terrified) to go home" + gap(5) + " (?:hes|shes|he is|she is|he s|hel|shel|"
            "my ex is) (?:there|waiting|inside|outside|home)",
        ),
        Rule(
            "danger",
            "(?:watch|watching|watches|watched|stake out|staking out|staked out|spy on|"
            "spying on|spied on|casing) my (?:house|place|flat|apartment|home|building|car|work|"
            "window|windows)|(?:said|says|told me|threatened|texted|wrote|swore)"
            + gap(5)
            + " (?:find|found|finds) (?:my|your|ur|her) body|"
            + _PERSON
            + " "
            + _ADVERB
            + "(?:smashed|slammed|banged|hit|bashed|knocked|shoved|pushed|slams|smashes|"
            "bangs) my (?:head|face) (?:against|into|on|onto|through)",
        ),
        Rule(
            "danger",
            "(?:threat[^ ]*|swore|swears|vowed|vows) (?:me )?(?:to |that (?:he|"
            "she) (?:would|wil|d|l) |hed |shed |hel |shel )?(?:kil|murder|hurt|stab|shoot|"
            "strangle|choke|beat|burn|rape|attack|hit|come after|hunt|find me|track me|disfigure|"
            "throw acid at|run me over|break my|break every) (?:me|us|my|our|the kids|"
            "the children|down|bone)|(?:threat[^ ]*|swore|swears|vowed|promised|said hed|"
            "said shed|hel|shel) (?:to )?put me in (?:the |a )?(?:hospital|ground|grave|coma|"
            "wheelchair|morgue|body bag)",
        ),
        Rule(
            "danger",
            "(?:told me|said|says|texted|threatened|keeps saying|keeps telling me|"
            "wrote)(?: that)? (?:i|il|ill|id|youl|you wil|you|u) (?:wont|will not|not gonna|"
            "wouldnt|wont ever) (?:live|make it|survive|be alive) (?:to see|through|til|until|"
            "past|another)|(?:im|i am|i m|youre|you are|ur|u r) (?:a )?dead(?: (?:man|woman|girl|"
            "meat))? if (?:i|you|u) (?:go|call|tell|report|leave|talk|ever)|(?:bruises|bruised|"
            "black eye|marks|welts|scratches)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:from him|"
            "from her|he gave me|she gave me|from my ex|because of him|because of her|"
            "where he (?:hit|grabbed|choked|kicked)|where she (?:hit|grabbed))|"
            + _PERSON
            + " "
            + _ADVERB
            + "(?:broke|fractured|dislocated|busted|split) my (?:arm|nose|wrist|"
            "ribs|rib|jaw|finger|fingers|leg|tooth|teeth|collarbone|lip|eye socket|hand)|(?:live|"
            "living) in (?:constant )?fear (?:of (?:him|her|my ex)|for my life)|(?:fear|afraid of|"
            "scared of|terrified of) (?:him|her|my ex) (?:every day|all the time|constantly|"
            "every single day)",
        ),
        Rule(
            "danger",
            "(?:threatened|threatening|threatens|threaten|threatned|"
            "keeps threatening) (?:me|my life|my family|my kids|my children|"
            "my safety)(?! with (?:a breakup|leaving|telling|exposing|court|a lawyer|lawyers|"
            "legal action|the police|a lawsuit)(?= ))",
        ),
        Rule(
            "danger",
            "(?:if i )?(?:cant|can not|cannot|cnt|dont get to|can t) have (?:you|u|her|"
            "him|me)(?: then)? (?:nobody|no one|noone|no body|no one else|nobody else)",
        ),
        Rule(
            "danger",
            "(?:afraid|scared|terrified|frightened|fear|worried|worry|fearing|"
            "petrified)(?: that)? (?:he|she|my ex|hel|shel|hes|shes|hed|shed|he is|she is|"
            "he might|she might|he wil|she wil|one day he|"
            "one day she)(?: [^ ]+)?(?: [^ ]+)? (?:kil|hurt|murder|attack|stab|shoot|strangle|"
            "beat|hit) (?:me|us|my)",
        ),
        Rule(
            "danger",
            "(?:afraid|scared|terrified|frightened|fear|worried|worry|fearing|"
            "petrified)(?: that)? (?:he|she|my ex|hel|shel|hes|shes|hed|shed|he is|she is|"
            "he might|she might|he wil|she wil)(?: [^ ]+)?(?: [^ ]+)? (?:find me|come after me|"
            "come back for me|break in|do something to me|take the kids|take my (?:kids|son|"
            "daughter|baby)|show up again|turn up again)",
        ),
        Rule(
            "danger",
            "(?:fear|afraid|scared|terrified|worried|fearing|scared to death|"
            "fearful) for my (?:life|safety|kids|children|kids safety|childrens safety|sons|"
            "daughters|family|physical safety)",
        ),
        Rule(
            "danger",
            "(?:not|never|dont|do not) (?:feel )?safe (?:at home|around (?:him|her|"
            "my ex)|with (?:him|her|my ex)|in my (?:own )?(?:home|house|flat|apartment|place|"
            "room)|anywhere|leaving the house|going home|to go home)",
        ),
        Rule(
            "danger",
            "(?:choked|choking|chokes|strangled|strangling|strangles|chocked|"
            "strangeled|suffocated|suffocating|chokeholded|put me in a chokehold) me(?! up| out)|"
            "(?:hands|hand|fingers|belt|cord|both hands) (?:around|round|on|at|to|"
            "against) my (?:neck|throat)|(?:grabbed|grabs|held|holding|took|pinned|lifted|"
            "squeezed|had|got|grabbing) (?:me )?(?:by|around) (?:the|my) (?:throat|neck|hair)",
        ),
        Rule(
            "danger",
            "(?:put|puts|putting) me in a chokehold|cut off my (?:air|breathing)|"
            "couldnt breathe (?:because|cuz|when) (?:he|she)",
        ),
        Rule(
            "danger",
            _PERSON + " " + _ADVERB + "(?:hit|hits|punched|punches|slapped|slaps|"
            "kicked|kicks|beat|beats|smacked|smacks|shoved|shoves|pushed|attacked|assaulted|raped|"
            "bit|burned|burnt|spat on|spit on|headbutted|dragged|pinned|threw|threw [^ ]+ at|"
            "threw [^ ]+ [^ ]+ at|grabbed|slammed|strangled|choked|elbowed|kneed|tackled|"
            "bruised) me(?! (?:up|back|out|away|to it|to (?:be|do|go|talk|move|try|change|"
            "the limit|my limits|breaking point|my limit|work|study)|into (?:a|doing|going|"
            "therapy|trying|this|dating|it)|towards|forward|over the edge|aside|off|in (?:chess|"
            "fifa|a game|the game|mario kart|cards|[^ ]+ game)|at|with (?:the|that|this|a|his|"
            "her) (?:news|truth|text|question|song|bill|breakup|reality|compliment|message)|"
            "a (?:coffee|drink|text|message))(?= ))",
        ),
        Rule(
            "danger",
            "(?:keeps|kept|started|been|is|was|s|keep|always|still|hes|"
            "shes) (?:hitting|beating|punching|slapping|kicking|choking|strangling|shoving|"
            "smacking|beating up|hurting) me(?! (?:with|by|emotionally|over)(?= ))",
        ),
        Rule(
            "danger",
            "(?:beat|beating|beaten|beats) me up|(?:beat|beats|beaten|hit|hits|punched|"
            "slapped) me (?:so hard|black and blue|until|till|again|in the face|in front of|"
            "across the face|with (?:a|his|her|the) (?:belt|bat|fist|shoe|stick|bottle|phone))|"
            "(?:gave|giving) me a black eye",
        ),
        Rule(
            "danger",
            "(?:raped|rape|sexually assaulted|assaulted|molested|forced himself on|"
            "forced herself on) (?:me|us)|forced me to (?:have sex|sleep with|do stuff|do things)",
        ),
        Rule(
            "danger",
            "(?:pulled|pointed|held|waved|brandished|put|pressed|aimed|pulls|holds|"
            "points) (?:a|his|her|the) (?:gun|knife|pistol|blade|weapon|rifle|shotgun|emj_knife|"
            "emj_gun|machete|kitchen knife) (?:on|at|to|against|in) (?:me|my)",
        ),
        Rule(
            "danger",
            "(?:threatened|threatening|threatens|came at|attacked|chased|went at|"
            "went for|comes at) me with (?:a|his|her|the|an) (?:knife|gun|pistol|bat|baseball bat|"
            "hammer|blade|machete|scissors|bottle|broken bottle|weapon|rifle|screwdriver|axe|"
            "emj_knife|emj_gun|kitchen knife)",
        ),
        Rule(
            "danger",
            "(?:he|she|hes|shes|ex|boyfriend|girlfriend|husband|wife|"
            "partner)(?: [^ ]+)? (?:has|got|owns|bought|keeps|carries|has got|is carrying|brought|"
            "had|took|grabbed|showed me|pulled out|came with) (?:a|an|his|her|the|a big|"
            "a huge) (?:gun|guns|pistol|rifle|shotgun|firearm|knife|weapon|weapons|machete|"
            "emj_gun|emj_knife)(?! (?:set|sharpener|block|emoji|skin|in (?:a|the) game)(?= ))",
        ),
        Rule(
            "danger",
            "use (?:it|the gun|the knife|a gun|a knife|them) on me|(?:stab|"
            "shoot) me(?= (?:if|when|for|with|dead|in) )|stabbed me(?! (?:in the back|a|an|down|"
            "with a look|a look|[^ ]+ text|a dm)(?= ))|shot (?:at me|me in (?:the|my) (?:leg|arm|"
            "chest|head|stomach|foot|back|face))",
        ),
        Rule(
            "danger",
            "(?:following|followed|follows|stalking|stalked|stalks|tracking|tracked|"
            "tracks|spying on|spied on|follow) me(?= (?:home|to|everywhere|around|again|from|in|"
            "after|all|every|when|outside|at|and|wherever|down|into|back home|places|rn|"
            "right now)(?: |$)| $)(?! (?:on|back on|around on|in the app|to (?:the|my) (?:page|"
            "account|profile))(?= ))",
        ),
        Rule(
            "danger",
            "(?:is|s|been|keeps|kept|started|hes|shes|he|she|my ex|ex|is still|"
            "still) (?:following|stalking|stalkin|tracking|spying on) me(?! (?:on|back|around on|"
            "online)(?= ))|(?:he|she|my ex|ex|hes|shes|he is|she is|is|became) (?:literally |"
            "basically |now |still |kinda |like |a total |such a )?(?:stalking|"
            "a stalker)(?! (?:my|his|her) (?:ig|insta|instagram|page|profile|tiktok|socials|"
            "twitter|fb|facebook|stories|story|new [^ ]+)(?= ))",
        ),
        Rule(
            "danger",
            "(?:tracker|tracking device|airtag|air tag|gps tracker|gps|spyware|"
            "tracking app|hidden camera|stalkerware) (?:on|in|under|into) (?:my|our) (?:car|phone|"
            "bag|purse|house|flat|apartment|room|bike|keys|jacket|coat)|(?:tracking|tracks|"
            "tracked|monitoring|monitored|spying on|spied on|hacked|hacking|reads|"
            "reading) my (?:phone|location|car|messages|whatsapp|email|accounts|texts)|(?:put|"
            "installed|hid|planted|placed|found) (?:a |an )?(?:tracker|airtag|air tag|gps tracker|"
            "spyware|tracking device|hidden camera)",
        ),
        Rule(
            "danger",
            "(?:always |somehow |now |still )?(?:knows|found out|found|figured out|"
            "has found out|tracked down|discovered|finds out|knew) where i (?:live|am|work|stay|"
            "moved|go|sleep|live now|moved to|am staying|m staying|m at)(?! (?:lol|so|"
            "anyway)(?= ))",
        ),
        Rule(
            "danger",
            "(?:lurking|banging|pounding|knocking|screaming|yelling|shouting|camped|"
            "camping|hiding|parked|waiting|sitting|standing) (?:outside|in front of|across from|"
            "across the street from|around|at|on|near|by) " + _HOME + "(?! (?:with|for|to (?:get|"
            "pick|drop|return|give))(?: [^ ]+)? (?:my|the|our|his|her|a) (?:stuff|things|hoodie|"
            "kids|dog|cat|keys|box|delivery|package|flowers)(?= ))",
        ),
        Rule(
            "danger",
            "(?:he|she|ex|my ex|hes|shes)(?: [^ ]+)?(?: [^ ]+)? (?:outside|in front of|"
            "across from|across the street from|circling|around|waiting at|waiting outside|"
            "parked outside|parked in front of|hanging around|standing outside) "
            + _HOME
            + "(?! (?:with|for|to (?:get|pick|drop|return|give))(?: [^ ]+)? (?:my|the|our|his|her|"
            "a) (?:stuff|things|hoodie|kids|dog|cat|keys|box|delivery|package|flowers)(?= ))",
        ),
        Rule(
            "danger",
            "(?:showed|shows|turned|turns|keeps showing|keeps turning|keep showing|"
            "came|comes|keeps coming|popped|pops|appeared) up (?:at|to|outside|in front of|on) "
            + _HOME
            + gap(10)
            + " (?:scared|scary|terrified|afraid|frightened|screaming|yelling|"
            "shouting|banging|drunk|wouldnt leave|would not leave|wont leave|refused to leave|"
            "police|cops|security|threaten[^ ]*|raging|furious|knife|gun|shaking|hid|hiding|"
            "locked)",
        ),
        Rule(
            "danger",
            "(?:showed|shows|turned|turns|keeps showing|keeps turning|keep showing|"
            "popped|pops|appeared|keeps appearing) up (?:at|to|outside|in front of|on) " + _HOME,
            ask=True,
        ),
        Rule(
            "danger",
            "(?:banging|pounding|kicking|kicked|kicks|pounded|banged) (?:on|in|down|"
            "at)? ?(?:my|our|the) (?:door|front door|window|windows|bedroom door)|(?:broke|"
            "breaking|tried to break|trying to break|broken|break) (?:into|in to|in|down) (?:my|"
            "our) (?:house|home|flat|apartment|place|car|room|door)|(?:slashed|keyed|vandali[^ ]*|"
            "smashed|smashing) (?:my|our) (?:car|windows|window|tires|tyres|door|windshield)",
        ),
        Rule(
            "danger",
            "(?:threat[^ ]*|swore|swears|vowed) (?:to )?(?:take|taking|kidnap|"
            "kidnapping|steal|hurt|kil|run of with|run away with|disappear with|take away|snatch) "
            + _CHILDREN,
        ),
        Rule(
            "danger",
            "(?:hel|shel|he wil|she wil|hes going to|shes going to|he is going to|"
            "she is going to|gona|gonna|going to|wants to|wil) (?:hurt|kil|kidnap|snatch|"
            "disappear with|run of with|run away with) " + _CHILDREN,
        ),
        Rule(
            "danger",
            "(?:never|not|wont|will not|never ever) (?:see|get to see|ever see) "
            + _CHILDREN
            + " again|take "
            + _CHILDREN
            + " (?:away from me|and disappear|and run|"
            "and leave|out of the country|where i cant find|and i wil never)",
        ),
        Rule(
            "danger",
            "(?:youre|you are|ur|you r|u r) (?:dead|gona die|going to die|gonna die|"
            "a dead (?:man|woman|girl|boy))(?! (?:to me|to (?:him|her|us|them)|lol|lmao|haha[^ ]*|"
            "meat lol|inside)(?= ))",
            ask=True,
        ),
        Rule(
            "danger",
            "watch your back|(?:youl|you wil|u wil|ul) (?:regret|pay for) (?:this|it|"
            "that)|(?:post|leak|send|share|release|publish) (?:my |our )?(?:nudes|naked (?:pics|"
            "photos)|intimate (?:pics|photos|videos)|sex tape)",
            ask=True,
        ),
        Rule(
            "danger",
            "(?:scared|terrified|afraid|frightened) of (?:him|her|my ex|what (?:he|she|"
            "hel|shel|hed|shed)(?: [^ ]+)? (?:might|could|wil|would|is going to|gona|"
            "is capable of|is gonna) do)",
            ask=True,
        ),
        Rule(
            "danger",
            "(?:restraining order|protection order|order of protection|"
            "protective order|no contact order)",
            ask=True,
        ),
        Rule(
            "danger",
            "(?:sent|sends|sending|texted|texts) me (?:a )?(?:picture|photo|pic|pics|"
            "photos|video|pictures) of (?:my|our) (?:house|home|car|door|flat|apartment|kids|work|"
            "window|building|street)|locked me (?:in|inside|up)|(?:he|she|ex|my ex|hes|"
            "shes)(?: [^ ]+)? (?:got|gets|getting|is|was|became|has been|been|turned) (?:so |"
            "really |very |super )?(?:violent|physical with me|abusive|aggressive with me)",
        ),
        Rule(
            "danger",
            "(?:wont|doesnt|didnt|wouldnt) let me (?:leave|go out|out of the house|"
            "see my (?:friends|family))|(?:afraid|scared|terrified) to go home|(?:said|says) (?:i|"
            "il|id|ill) (?:regret|pay for) (?:it|this|leaving)|make me pay",
            ask=True,
        ),
        # --- wider families: the same intents in other words ---
        Rule(
            "plan",
            "(?:dont think|doubt|not sure|not sure if|dont know if|idk if|idk) (?:im|i am|i m|il|"
            "ill|i wil|"
            "i will|i) (?:gonna |going to |gona |wil |really )?(?:be )?(?:around|here|alive) "
            "(?:much longer|"
            "for long|for much longer|much more|by (?:morning|tomorrow|next week)|another (?:week|"
            "month|"
            "year))(?! (?:at|in|with|on) (?:this|that|the|my) (?:job|company|place|city|town|team|"
            "apartment|"
            "flat|house|group|chat|server|app)(?= ))",
        ),
        Rule(
            "suicidal",
            "(?:better of|happier|easier|relieved|fine|ok)(?: for (?:everyone|everybody|"
            "them|all of them))?(?: [^ ]+)? (?:if|when|once) i (?:just |finally |simply )?(?:ended "
            "it|end it|"
            "killed myself|kil myself|died|did it|offed myself|took my (?:own )?life|ended my life|"
            "was dead|were dead|was gone|were gone|disappeared|stopped existing)",
        ),
        Rule(
            "suicidal",
            "(?:gonna|gona|going to|wanna|want to|to|wil|il|ready to|plan to|planning to|"
            "thinking about|thinking of|might|just|finally|about to|should|could|ima|imma|"
            "decided to|i) ctb|ctb (?:soon|tonight|today|now|rn|tmrw|tomorrow|this week|fr)",
        ),
        Rule(
            "suicidal",
            "(?:yank|yanking|yanked|jerk|jerking|jerked|swerve|swerving|swerved|steer|"
            "steering|turn|turning|drive|driving|crash|crashing|wrap|wrapping|plow|plowing|slam|"
            "slamming) (?:the wheel |my car |the car |it |myself )?(?:into|in to|of|at|around) "
            "(?:the |a |that |some )?(?:barrier|guardrail|guard rail|median|concrete|wall|tree|"
            "pole|"
            "lamppost|pillar|overpass|semi|oncoming [^ ]+|river|lake|ravine|cliff|bridge)(?! (?:by "
            "accident|accidentally|on (?:the|my) (?:test|exam))(?= ))",
        ),
        Rule(
            "passive",
            "if (?:a|the|some) (?:bus|car|truck|train|plane|drunk driver|meteor|asteroid|"
            "lightning bolt|lightning)(?: [^ ]+)? (?:hit|hits|ran over|runs over|ran me over|runs "
            "me over|"
            "killed|kills|took out|"
            "takes out|got|gets|crushed)(?: me)?" + gap(6) + " (?:fine|ok|okay|good|wouldnt mind|"
            "wouldnt care|dont care|wouldnt be mad|relief|relieved|so be it|whatever|cool|great|"
            "thank god|thankful|grateful|id take it|id let it)",
        ),
        Rule(
            "passive",
            "if (?:a|the|some) (?:bus|truck|train|drunk driver|meteor|asteroid)(?: [^ ]+)? "
            "(?:hit|hits|ran over|runs over|killed|kills|took out|takes out) me",
            ask=True,
        ),
        Rule(
            "passive",
            "(?:hope|hoping|hopin|wish|wishing|pray|praying|lowkey hoping|kinda hoping|"
            "secretly hoping)(?: that)? (?:my|the|this|our) (?:plane|flight|train|bus|uber|car|"
            "taxi|"
            "ferry)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:goes down|go down|crashes|crash|falls|"
            "derails|"
            "never lands|doesnt land|doesnt make it|sinks)|(?:hope|hoping|wish|pray|praying) "
            "(?:that )?i "
            "(?:get|got) (?:hit|run over|killed|shot|in a crash|cancer)",
        ),
        Rule(
            "passive",
            "(?:god|lord|jesus|the universe|universe)(?: [^ ]+)?(?: [^ ]+)? (?:to )?(?:just )?"
            "(?:take|takes|took|call|calls) me(?! (?:back|out|to (?:the|a|my|his|her)|there|"
            "with)(?= ))|"
            "take me in my sleep|(?:ask|asking|beg|begging|pray|praying) (?:for|to) (?:death|die|"
            "not wake)",
        ),
        Rule(
            "plan",
            "(?<=^ )(?:on|up on|at|sitting on|standing on|im on) (?:the |top of the |the top of "
            "the |the edge of the |a )?(?:roof|rooftop|ledge|railing|bridge railing)(?: of (?:my|"
            "the|our|"
            "this|a) [^ ]+)?(?= (?:rn|right now|now|again|tonight|alone|its|it s|and|up here|i)(?: "
            "|$)| $)|"
            "(?:on|up on) (?:the )?(?:roof|rooftop|ledge)(?: of (?:my|the|our|this) [^ ]+)? (?:rn|"
            "right now)"
            "(?! (?:with|for|at) (?:the|my|some|a) [^ ]+(?= ))",
        ),
        Rule(
            "plan",
            "(?:gun|pistol|rifle|shotgun|revolver|emj_gun)" + gap(10) + " (?:holding it|"
            "been holding it|in my hand|in my lap|loaded it|its loaded|it s loaded|is loaded|in my "
            "mouth|"
            "to my head|know where the (?:key|keys|code|combination) (?:is|are)|know the code|"
            "know the combination)|(?:holding|been holding|im holding|hold|sitting with) (?:my "
            "dads |"
            "my moms |his |my |the |a |dads |moms )(?:gun|pistol|rifle|shotgun|revolver|emj_gun)",
        ),
        Rule(
            "self_harm",
            "(?:punch|punching|punched|hit|hitting|smash|smashing|bang|banging|slam|"
            "slamming) (?:the |a |my )?walls?(?: [^ ]+)?(?: [^ ]+)? (?:til|till|until|untill) "
            "(?:my )?"
            "(?:knuckles|hands|fists|knuckle|hand|fist) (?:split|bleed|bled|bleeding|break|broke|"
            "crack|"
            "cracked|are raw|went numb|swell|swelled|bruise|bruised)|(?:knuckles|fists) (?:split|"
            "bloody|"
            "bleeding|busted) (?:from|after) (?:punching|hitting|smashing)",
        ),
        Rule(
            "self_harm",
            "(?:put|putting|puts|stub|stubbed|stubbing) (?:out )?(?:a |my |the |"
            "lit )?(?:cigarette|cig|smoke|joint) (?:out )?on my (?:arm|arms|hand|hands|skin|wrist|"
            "wrists|"
            "leg|legs|thigh|thighs|stomach)|cigarette burns on my|(?:bite|biting|bit) my (?:arm|"
            "arms|"
            "hand|wrist) (?:til|till|until) (?:it|they|i) (?:bleed|bleeds|bled|bruise|bruised)",
        ),
        Rule(
            "danger",
            "(?:waiting|waits|waited|lurking|hanging around|parked|sitting in (?:his|"
            "her) car) (?:for me )?(?:in|at|outside|by|near) (?:the )?(?:parking lot|car park|"
            "parking garage|lobby|entrance|gate|front desk|bus stop|parking|"
            "garage)(?: [^ ]+)? (?:at|of|outside|by|near) " + _HOME,
        ),
        Rule(
            "danger",
            "(?:sitting|sits|sat|parked|parks|waiting|waits|waited) in (?:his|her|a|the|"
            "their) (?:car|truck|van) (?:outside|in front of|across from|across the street from|"
            "near|by|"
            "at) " + _HOME,
        ),
        Rule(
            "danger",
            "(?:never told|didnt tell|did not tell|havent told|told no one|told nobody)"
            "(?: (?:him|her))?(?: (?:where|that|about))? (?:i|my|our) (?:switched|changed|moved|"
            "new|"
            "live|work|started|schedule|address|gym|shift)",
            ask=True,
        ),
        Rule(
            "danger",
            "(?:drives|drove|driving|keeps driving|walks|walked|walking|keeps walking|"
            "circles|circling|cruises|cruising|circled|rolls|rolling) (?:past|by|around|up and "
            "down "
            "the street by) " + _HOME + gap(6) + " (?:every|at night|again|each|all the time|"
            "constantly|[0-9]+ ?am|[0-9]+|midnight|daily|over and over|nightly|late at night)",
        ),
        Rule(
            "danger",
            "(?:sent|sends|texted|showed|send|snapped|posted|dmed) (?:me )?(?:a |an )?(?:pic|"
            "picture|photo|video|snap|selfie|image|vid|pics|photos) of (?:his|her|a|the|their|some|"
            "him with a|her with a|him holding a|her holding a) (?:gun|guns|knife|knives|pistol|"
            "rifle|"
            "shotgun|weapon|weapons|machete|bullets|bullet|emj_gun|emj_knife)",
        ),
        Rule(
            "danger",
            "(?:my )?(?:tires|tyres|tire|tyre|brake lines|brakes) (?:got |were |was |have been |"
            "had been )?(?:slashed|punctured|let down|tampered with)|(?:note|letter|message) (?:on|"
            "under|in) my (?:windshield|windscreen|car|door|front door|mailbox|pillow|bed|"
            "wiper)(?: [^ ]+)?"
            "(?: [^ ]+)? (?:in (?:his|her) handwriting|from (?:him|her)|that (?:said|says)|saying)",
        ),
        Rule(
            "danger",
            "(?:this|it|we)(?: is| s)? (?:isnt|is not|aint|not|arent|are not) (?:over|done|"
            "finished)(?: yet)?(?= $| (?:he|she|said|says|yet|between)(?: |$))",
            ask=True,
        ),
        Rule(
            "other_at_risk",
            "(?:deal with me|see me again|be free of me|bother (?:you|u|anyone|yall) (?:anymore|"
            "much longer|again)|much longer|take care of (?:my|the|[^ ]+) [^ ]+ for me|"
            "look after (?:my|the|[^ ]+) [^ ]+ for me|sorry for everything|love you all|"
            "remember me|goodbye|bye forever)"
            + gap(10)
            + " (?:not picking up|isnt picking up|wont pick up|"
            "not answering|isnt answering|wont answer|doesnt answer|no answer|phones off|phone is "
            "off|"
            "phones of|phone is of|cant reach (?:him|her|them)|ignoring my calls|went silent|"
            "not responding|isnt responding|no reply|hasnt replied)",
        ),
        Rule(
            "other_at_risk",
            "(?:he|she|they|brother|sister|friend|son|daughter|ex|cousin|roommate|bro|"
            "sis|bestie)(?: [^ ]+)?(?: [^ ]+)? (?:has|have|had|got|saw|noticed|found)(?: fresh| "
            "new| deep)? "
            "(?:cuts|scars|burns|cut marks|burn marks|slashes) (?:all )?(?:on|over|all over|up and "
            "down|"
            "across) (?:his|her|their) (?:arms|arm|wrists|wrist|legs|thighs|stomach|body)",
        ),
        Rule(
            "passive",
            "(?:easier|better|simpler|calmer)(?: for (?:everyone|everybody|all of them|them|"
            "my family))? if i (?:just |simply |literally )?(?:wasnt|werent|was not|were not) "
            "(?:here|"
            "around|alive|born|in the picture)(?! (?:for|to|at|when|during|tonight|tomorrow)(?= ))|"
            "(?<=^ )i (?:just )?wish i (?:wasnt|werent)(?= $)|(?:just )?wish i wasnt(?= $)",
        ),
        Rule(
            "passive",
            "(?:wont|will not|not gonna|not going to|soon i wont) be (?:a |anyones )?(?:problem|"
            "burden) (?:for|to) (?:anyone|anybody|you|you all|yall|"
            "my family)(?: [^ ]+)?(?: much longer| for long| soon| anymore)?(?= $| )(?! (?:if|"
            "because|cuz|as long)(?= ))|(?:almost|nearly|could have|couldve) (?:got hit|"
            "gotten hit|been hit|crashed|died|got run over)"
            + gap(8)
            + " (?:disappointed|bummed|sad it didnt|wish it had|kinda wish|a shame|"
            "too bad it didnt)",
        ),
        Rule(
            "self_harm",
            "(?:relapsed|relapse|relapsing|sh|cut|cutting|cut again)(?: [^ ]+)? "
            "(?:emj_knife|emj_blood)|emj_knife (?:again|relapse|relapsed)",
        ),
        Rule(
            "danger",
            "(?:youre|you are|ur|u r|u are) (?:mine|my girl|my wife|my man) or (?:no ones|"
            "nobodys|no one s|nobody s|noone s|noones|dead)|(?:mine|my girl) or (?:no ones|nobodys|"
            "no one "
            "s|nobody s|noones) (?:emj_knife|emj_gun)",
        ),
        # --- round 2: indirect plans and wishes said without naming death ---
        Rule(
            "suicidal",
            "(?:make it|make it all|make this|make everything) stop (?:myself|meself|for good|"
            "forever|permanently|my own way|once and for all)|(?:end|finish|sort) (?:it|this|"
            "things) (?:myself|meself|my own way|my way)(?= (?:since|because|cos|coz|as|nobody|"
            "no one|noone|if|then|and))",
        ),
        Rule(
            "suicidal",
            "(?:would|wd|wud|d|will|wil|ll|might) (?:all |honestly |really |just )?(?:be bette"
            "r off|"
            "be happier|be fine|manage better|cope better|do better|get on better|live better|"
            "be lighter|have it easier) (?:if i (?:just |simply )?(?:wasnt|was not|werent|"
            "was gone|wasnt here|wasnt around|didnt exist|disappeared|died|left for good)(?! "
            "(?:working|so|there for|for|at|in|on|with|being|doing|as|that|such|always|late|home|"
            "stressed|busy|sick|moody|drinking|yelling)(?= ))|without me)",
        ),
        Rule(
            "suicidal",
            "(?:finish|stop|take away|terminate|close) (?:my|me|mi) (?:own )?life|"
            "(?:end|finish|take) (?:with )?my (?:own )?(?:life|existence)|"
            "finish with (?:my )?life",
        ),
        Rule(
            "suicidal",
            "(?:top|topping|topped|tops) " + _SELF + "(?! up| off| up with)",
        ),
        Rule(
            "suicidal",
            "(?:its|it s|it is) not (?:a question of |about )?(?:if|whether) (?:anymore |any more |"
            "now )?(?:its|it s|it is|just|but|only) (?:how|when|how and when|when and how)"
            "(?! (?:we|you|he|she|they|the|our|my|to|it|this)(?= ))|"
            "(?:no longer|not|dont|stopped) (?:ask|asking|wonder|wondering)(?: myself)? (?:if|"
            "whether)(?: [^ ]+)?(?: anymore| any more)? (?:i|im|just) (?:ask|wonder|think about)"
            "(?: myself)? (?:when|how)",
        ),
        Rule(
            "suicidal",
            "(?:working out|figuring out|figure out|work out|planning|plan out|planning out|"
            "rehearsing|thinking through|go over|going over|picturing) (?:exactly )?how (?:id|i d|"
            "i would|ill|i will|to) (?:do it|do it properly|go|end it|make it quick|make it pa"
            "inless)",
            ask=True,
        ),
        Rule(
            "suicidal",
            "(?:end|ending|ended) (?:things|it|it all|everything)(?: [^ ]+)?(?: [^ ]+)? (?:not|"
            "and not|and i dont mean|i dont mean|i do not mean|not talking about) (?:the|my|our|"
            "just the|just my) (?:relationship|marriage|friendship|job|chat|conversation|"
            "situationship|engagement)",
        ),
        Rule(
            "suicidal",
            "(?:im|i am|i m|not|never) (?:not )?(?:doing|making it through|lasting|surviving|"
            "sticking around for|going to see|gonna see|going through) another (?:year|month|week|"
            "christmas|birthday|winter|summer|day) (?:of this|like this|of it|here|alive)?"
            "(?! (?:job|course|school|class|commute|degree|place|lol|lmao|haha[^ ]*|uni|work|"
            "contract|flat|city)(?= ))",
            ask=True,
        ),
        Rule(
            "suicidal",
            "(?:no|not|nor) (?:me|myself) (?:either|too|neither|as well)? ?(?:soon|shortly|"
            "before long|by sunday|by monday|by tomorrow)",
        ),
        Rule(
            "suicidal",
            "(?:took|taken|take|had|did|tried|attempted|made) (?:an |a )?(?:overdose|od|attempt|"
            "suicide attempt)" + gap(10) + " (?:scared|afraid|worried|terrified|frightened|fear|"
            "fearing|panicking|feel like|feeling like|thinking)" + gap(5) + " again|"
            "(?:overdosed|oded|tried to kill " + _SELF + "|tried to end (?:it|my life)|"
            "attempted suicide|attempted)" + gap(10) + " (?:scared|afraid|worried|terrified|"
            "frightened|fear|fearing)" + gap(5) + " again",
        ),
        Rule(
            "suicidal",
            "(?:scared|afraid|worried|terrified|frightened|fear|fearing) (?:that )?(?:i ll|ill|"
            "i wil|i will|im going to|im gonna|i might|i could|i may|i would|id|i d) (?:do it|try|"
            "try it|do that|od|overdose|relapse|attempt|do something|hurt myself|cut)(?: [^ ]+)? "
            "(?:again|this time|tonight|for real)",
            ask=True,
        ),
        Rule(
            "passive",
            "(?:tired|sick|exhausted|done|weary|fed up)" + gap(4) + " of (?:being alive|"
            "existing|living|breathing|life itself|being here|waking up)(?= (?:too|as well|tbh|"
            "honestly|now|also|even))",
        ),
        Rule(
            "passive",
            "(?:point|use|reason) (?:of|in|for) (?:breathing|still breathing|being alive|existing|"
            "waking up)|(?:just |pls |please |someone |somebody |can someone |"
            "can somebody )(?:switch|turn|shut) me off(?! (?:lol|haha))|(?:unplug|unplugging) me",
        ),
        Rule(
            "passive",
            "if (?:something|anything|a car|a bus|a truck|an illness|cancer|god|death|it) "
            "(?:got|took|hit|came for|happened to|killed|ended) me(?: [^ ]+)?(?: [^ ]+)? (?:i|id|"
            "i d) (?:wouldnt|would not|wont|will not|dont|do not|not) (?:fight|resist|mind|care|"
            "complain|be sad|be upset)",
        ),
        Rule(
            "passive",
            "if i (?:simply |just |quietly |peacefully )?(?:didnt|did not|never|dont|do not|"
            "wouldnt|wont) wake (?:up|back up)" + gap(8) + " (?:mind|care|complain|relief|"
            "blessing|bad thing|shame|tragedy|sad|upset|fine|ok|okay|peace)",
        ),
        # --- round 2: plans told through preparations ---
        Rule(
            "plan",
            "(?:rope|ropes|noose|emj_rope)(?: is| s| has been| was)? (?:in the|ready|set up|"
            "tied|up|hanging|in my|under my|in the car|in the garage|in the shed|bought)|"
            "(?:checked|tested|tried|made sure)(?: [^ ]+)? (?:the |that the |if the )?(?:beam|"
            "rafter|hook|branch|pipe) (?:holds|will hold|is strong|can hold|"
            "would hold|hold)",
        ),
        Rule(
            "plan",
            "(?:letter|letters|note|notes|goodbye letter|card|video|message|messages) (?:to|for) "
            "(?:each of|each one of|all of|every one of|everyone of) (?:the|my|our) "
            "(?:children|kids|boys|girls|family|friends|sisters|brothers)|"
            "(?:drawer|envelope|desk|table) with (?:the|my) will|(?:with|next to|beside|together "
            "with) (?:the|my) (?:will|testament)",
        ),
        Rule(
            "plan",
            "(?:chosen|chose|picked|decided on|settled on) (?:the )?(?:place|spot|method|way) and "
            "(?:the )?(?:date|day|time|night)|(?:chosen|chose|picked|decided on|settled on) "
            "(?:the )?(?:date|day|time|night) and (?:the )?(?:place|spot|method|way)"
            "(?! (?:for|of)(?= ))",
        ),
        Rule(
            "plan",
            "(?:ive|i have|i ve|i) (?:chosen|chose|picked) (?:sunday|monday|tuesday|wednesday|"
            "thursday|friday|saturday|tonight)(?= (?:while|when|as|because|since|cos))",
            ask=True,
        ),
        Rule(
            "plan",
            "so (?:she|he|they|my [^ ]+|[^ ]+) (?:sees|see|reads|read|gets|get|finds|find|"
            "will see|will read|will find|wil see|can see) it (?:after|afterwards|when im gone|"
            "once im gone|when i m gone|when im not here|after im gone)|"
            "(?:scheduled|schedule|timed|set up|queued)(?: [^ ]+)? (?:a |an |my )?(?:msg|message|"
            "text|email|mail|post|tweet|note)"
            + gap(6)
            + " (?:when im gone|once im gone|after im gone|"
            "when im not|goodbye)",
        ),
        Rule(
            "plan",
            "(?:from|at|in) (?:three|3|two|2|four|4|several|multiple|different|a few|diferent) "
            "(?:different |diferent )?(?:pharmacy|pharmacies|chemists|chemist|shops|stores|"
            "drugstores|places)(?: [^ ]+)?(?: [^ ]+)? (?:so|to make sure|so that) (?:nobody|"
            "no one|noone|they dont|they wont|nobody would|no one would)|"
            "(?:pills|tablets|paracetamol|meds|emj_pill)" + gap(5) + " so (?:nobody|no one|"
            "noone) (?:ask|asks|asked|would ask|notices|notice|suspects|suspect)",
        ),
        Rule(
            "plan",
            "counted (?:them|them out|out|the pills|the tablets|my pills|all the pills|all of them|"
            "the meds|" + _PILLS + ")(?: out)? (?:twice|again|two times|three times|already|"
            "and|twice now)",
        ),
        Rule(
            "plan",
            "(?:on|at|standing on|sitting on|up on|on top of|on the edge of|at the edge of) "
            "(?:the|a) (?:bridge|roof|rooftop|ledge|cliff|overpass|tracks|railway|parapet|"
            "edge)(?: [^ ]+)? (?:now|rn|right now|atm)" + gap(10) + " (?:bye|goodbye|good bye|"
            "say bye|farewell|wind|windy|cold|high|jump|down|last|sorry|someone)",
        ),
        Rule(
            "plan",
            "(?:dog|cat|dogs|cats|pet|pets|hamster|rabbit|bunny|fish|puppy|kitten|bird)(?: s| "
            "is| are)? "
            "(?:going|goes|will go|to go|staying|stays|will stay|gonna go) (?:to|with) (?:the|my|"
            "our|a) (?:neighbour|neighbor|neighbours|neighbors|sister|brother|mum|mom|mother|"
            "friend|nan|gran|auntie|aunt|cousin|parents)(?:s)?(?! (?:while|for|when|during|over|"
            "this|next|until|till|til|on|at|because)(?= ))",
            ask=True,
        ),
        Rule(
            "plan",
            "(?:thanks|thank you|thx|ty) for (?:the chats|the talks|everything|all the chats|"
            "listening|the company|being here)(?: [^ ]+)? (?:i guess|anyway|bye|goodbye|for "
            "everything|it was nice|youve been)(?!" + gap(4) + " (?:see you|see ya|talk tomorrow|"
            "talk soon|talk later|cya|ttyl|tomorrow|later|next time|again)(?= ))",
            ask=True,
        ),
        Rule(
            "plan",
            "(?:wanted|want|needed|just wanted) to (?:say|tell) (?:bye|goodbye|good bye) to "
            "(?:someone|somebody|anyone|anybody|you)|"
            "(?:just wanted|wanted|needed|just want|want) (?:someone|somebody|anyone|one person) "
            "to know(?! (?:how|that i|what|if|whether|my|about))",
        ),
        # --- round 2: self-harm hidden and told in fragments ---
        Rule(
            "self_harm",
            "(?:thighs|thigh|hips|hip|stomach|belly|arms|arm|wrists|wrist|ankles|legs|upper arm|"
            "ribs)(?: only| again| this time)? (?:so|where|cos|because) (?:nobody|no one|noone|"
            "nobody can|no one can|people dont|they dont|they cant|my [^ ]+ (?:doesnt|dont|cant)) "
            "(?:sees|see|can see|notices|notice|will see|wil see|find out|sees it|see it)|"
            "(?:only|the only) (?:thing|thng|way) (?:that )?(?:shuts|quiets|calms|quietens|helps|"
            "works|stops|shuts up)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:is|s) (?:the |my )?(?:razor|"
            "blade|blades|razors|cutting|knife|emj_knife|burning|lighter)",
        ),
        Rule(
            "self_harm",
            "(?:long sleeves|longsleeves|a hoodie|hoodies|a jumper|jumpers|a sweater|sweaters|"
            "sleeves) (?:in|during|all) (?:july|august|june|summer|the heat|this heat|"
            "30 degrees|a heatwave) (?:again|to hide|so nobody|so no one|so noone)|(?:again|still) "
            "(?:in |wearing |with )?(?:long sleeves|longsleeves|a hoodie|hoodies) (?:in|during"
            "|all) "
            "(?:july|august|june|summer|the heat|this heat|a heatwave)",
        ),
        Rule(
            "self_harm",
            "(?<!shoulder )(?<!roller )(?<!razor )(?<!grass )blade (?:bathroom|again|"
            "in the bathroom|last night|tonight)|(?:bathroom|bath|shower) (?:again|once more)"
            "(?: [^ ]+)?(?: [^ ]+)? (?:better now|feel better|i feel better|its over|done now|"
            "calmer now)",
        ),
        # --- round 2: danger told through what he does ---
        Rule(
            "danger",
            "(?:still|always|keeps|keep|somehow) (?:finds|find|finding|found|tracks|tracking|"
            "tracked|locates|traces) me(?! (?:typos|a|an|the|some|new|things|stuff|jobs|work|"
            "excuses|reasons|mistakes|errors|bugs|deals|bargains|cute|funny|interesting)(?= ))"
            "|(?:got|has|had|tracking|tracks|put a tracker on|shares|"
            "sees) my (?:location|live location|phone location|whereabouts)(?: on [^ ]+)?|"
            "(?:notes|note|letters|messages|flowers) (?:on|under|in|left on) (?:my|the) "
            "(?:windscreen|windshield|wipers|car|doorstep|door|mailbox|letterbox)",
        ),
        Rule(
            "danger",
            "(?:turned|turns|turning|turn) up (?:at|outside|to) (?:the |my )?(?:gym|cafe|work|"
            "office|school|uni|house|flat|door|mums|moms|cousins|sisters|friends|parents|job|"
            "shop|bar|church)(?: [^ ]+)?(?: then| and then| and)",
        ),
        Rule(
            "danger",
            "next time (?:he|she|they|hel|shel|hed|shed|i|ill|it)(?: [^ ]+)?(?: [^ ]+)?(?: [^ "
            "]+)? (?:wont|will not|"
            "wil not|isnt going to|is not going to|not gonna|wouldnt|wont be able to) stop",
        ),
        Rule(
            "other_at_risk",
            "(?:giving|gave|given|gives|give) (?:away )?(?:all )?(?:of )?(?:his|her|their) "
            "(?:stuff|things|belongings|possessions|stuff|clothes|games|prized [^ ]+|plants|"
            "records)(?: away)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:and|plus|while) (?:saying|"
            "said|says|posting|posted|sending|sent|texting) (?:weird|strange|odd|random|"
            "cryptic|final|creepy|sad|little|these|like)? ?(?:goodbyes|goodbye|good byes|byes|"
            "farewells|thank yous|sorrys|apologies)",
        ),
        Rule(
            "other_at_risk",
            "(?:saying|said|says|posting|posted|sending|sent) (?:weird|strange|odd|random|"
            "cryptic|final|creepy) (?:goodbyes|goodbye|good byes|byes|farewells)",
            ask=True,
        ),
        # Round 3: indirect exits, quiet plans and hidden harm, said without naming death.
        Rule(
            "suicidal",
            "how easy (?:it (?:would|wud|could) be|itd be) to (?:just )?(?:not"
            " (?:turn|brake|stop|steer)|"
            "swerve|drive off|drive into|let go|step off|jump|crash)",
        ),
        Rule(
            "suicidal",
            "(?:version|way|world) (?:of this )?where i (?:get|make it|come) out (?:of (?:this|it)"
            " )?alive",
            ask=True,
        ),
        Rule(
            "suicidal",
            "without me" + gap(8) + " (?:might as well|may as well|time to) make it official",
        ),
        Rule(
            "suicidal",
            "if i (?:simply |just |quietly )?(?:stopped|stop|stoped) (?:being here|existing|being"
            " around|being alive)",
        ),
        Rule(
            "suicidal",
            "(?:only|one|last) (?:exit|way out|escape|solution|option|door|answer|way)"
            + gap(4)
            + " (?:the )?(?:permanent|final|definitive|forever|last) one",
        ),
        Rule(
            "suicidal",
            "(?:not|never) (?:gonna|going to|gona) be (?:around|here|alive)"
            " (?:for|by|at|on|next|this) "
            "(?:christmas|xmas|new year|my birthday|the holidays|summer|spring|next year|much"
            " longer|long)",
        ),
        Rule(
            "suicidal",
            "(?:one of these|one|some) (?:nights|days|night|day|times|time) i (?:wont|will"
            " not|dont|might not) "
            "(?:walk|come|coming|walking|make it|go|drive) (?:back|home)",
        ),
        Rule(
            "suicidal",
            "(?:im|i am|i will|ill|gonna|going to|about to) end(?:ing)? (?:it|everything|things) "
            "(?:for real|tonight|this time|once and for all)(?! with)",
        ),
        Rule(
            "suicidal",
            "(?:googling|searching|looking up|researching|reading up on)"
            " (?:stuff|things|ways|methods|how)"
            + gap(3)
            + " (?:i shouldnt|i should not|i shudnt|nobody should|no one should)",
            ask=True,
        ),
        Rule(
            "suicidal",
            "reasons? (?:to|for) (?:stay|staying|keep going|live|living|stay alive|be here|hold on)"
            + gap(8)
            + " (?:shorter|couldnt think|cant think|could not think|cant find|couldnt find|running"
            " out|ran out|"
            "none left|getting smaller)",
        ),
        Rule(
            "suicidal",
            "(?:want|need|wanna|just want) out"
            + gap(10)
            + " (?:out of|of) (?:everything|it all|life|all of it|existence|this world|being"
            " alive)",
        ),
        Rule(
            "suicidal",
            "(?:want|need|wanna) (?:out|to get out|to check out) of"
            " (?:everything|life|existence|this world|"
            "it all|being alive)",
        ),
        Rule(
            "suicidal",
            "(?:picking|picked|chose|chosen|choosing|set|setting|settled on) (?:the|a|my)"
            " (?:date|day)"
            + gap(5)
            + " (?:peaceful|calm|at peace|relief|relieved|lighter|weirdly|finally)",
            ask=True,
        ),
        Rule(
            "passive",
            "(?:sleep|sleeping|slept)"
            + gap(3)
            + " (?:and|n|to) skip (?:the rest of )?(?:my )?(?:life|it all|everything)",
        ),
        Rule(
            "passive",
            "(?:dont|do not|dnt|dont really) (?:want|wanna) (?:to )?be (?:here|around|alive) "
            "(?:for when|when (?:it|things|life) gets? better|to see (?:it|things) get better)",
        ),
        Rule(
            "passive",
            "(?:to|just) not be" + gap(2) + " not (?:dead|die|dying) (?:exactly|really|as such)",
        ),
        Rule(
            "passive",
            "(?:give|gives|gave) (?:anything|everything|it all) (?:to|for) (?:just )?(?:not be|not"
            " exist|not existing|"
            "not wake up|stop existing|disappear)",
        ),
        Rule(
            "passive",
            "(?:tired|sick|exhausted|done) (?:of|with) (?:waking up|wakin up|being"
            " alive|existing|breathing|opening my eyes|"
            # "living in this city", "living with my parents": where, not whether.
            "living(?! (?:in|with|at|here|there|near|alone|on|by|like a)(?= )))",
        ),
        Rule(
            "passive",
            "(?:be fine|be better|be nice|be good|be ok|be okay|wish|easier) if i (?:just"
            " )?(?:didnt|did not|"
            "no longer|never|wouldnt) (?:exist|existed|existing)",
        ),
        Rule(
            "passive",
            "(?:birthday|bday|christmas|xmas)"
            + gap(16)
            + " (?:is |would be )?(?:to )?not (?:have|having|see|seeing|make it to|reach|get)"
            " another",
        ),
        Rule(
            "passive",
            "if i (?:disappeared|vanished|was gone|were gone|died|went away) (?:for"
            " good|forever|tomorrow|today|"
            "tonight)? ?(?:would|will|wud) (?:it|anyone|anybody|people|they|u|you) (?:even )?"
            "(?:matter|care|notice|miss me)",
        ),
        Rule(
            "plan",
            "(?:gave|given|giving|rehomed) (?:away )?(?:my |the"
            " )?(?:dog|cat|pets?|bird|hamster|rabbit|plants)"
            + gap(10)
            + " (?:letter|note|goodbye|wrote)",
        ),
        Rule(
            "plan",
            "(?:sorted|sorting|organised|organized|tidied|cleared out|put) (?:out )?(?:all"
            " )?(?:my|the) "
            "(?:stuff|things|affairs|papers)" + gap(12) + " (?:letter|note|goodbye|gave)",
        ),
        Rule(
            "plan",
            "(?:the |my |all the |all my )?(?:pills|tablets|meds|blades?|razors?|rope|gun)"
            " (?:are|is|r) "
            "(?:here|in front of me|next to me|beside me|in my hand|lined up|counted out|ready)",
        ),
        # Pills on the table are heard only with a look at them; alone they only raise a question.
        Rule(
            "plan",
            "(?:the |my |all the |all my )?(?:pills|tablets|meds|blades?|razors?|rope|gun)"
            " (?:are|is|r) on the (?:table|bed|desk|counter|floor|nightstand)",
            ask=True,
        ),
        Rule(
            "plan",
            "(?:pills|tablets|meds|blades?|razors?|rope|gun) (?:are|is|r) on the [^ ]+"
            + gap(3)
            + " (?:looking|staring|just looking|counting|all of them) (?:at )?(?:them|it)",
        ),
        Rule(
            "plan",
            "the (?:note|letter|letters|notes) (?:is|are|its) (?:on|in|under|by|next to|left)",
        ),
        Rule(
            "plan",
            "(?:going|heading|walking|driving|on my way|climbing|going up) (?:up )?(?:to )?(?:the"
            " )?"
            "(?:car park |parking |multi storey |building |hospital |office )?roof"
            " (?:now|tonight|rn)",
        ),
        Rule(
            "plan",
            "(?:paid back|paid off|returned|gave back|deleted) (?:what i owed|my debts|the"
            " money|all my|my)" + gap(16) + " (?:wrote|letter|note|is when|tomorrow)",
        ),
        Rule(
            "plan",
            "(?:tomorrow|tonight|friday|monday|sunday|saturday) (?:after|when|once)"
            " (?:everyone|everybody|they all|"
            "the kids|my family|they)"
            + gap(6)
            + " (?:is when|is the day|is the time|its happening|i do it|"
            "ill do it|i go)",
        ),
        Rule(
            "self_harm",
            "(?:i )?cut (?:again|last night|yesterday|today)(?! (?:the|my|his|her|some|it|a|them))",
        ),
        Rule(
            "self_harm",
            "(?:lighter|cigarette|cig|straightener|straighteners|hair iron|curling iron|iron|hot"
            " spoon|flame)s? "
            "(?:to|on|against|into) my"
            " (?:wrist|wrists|arm|arms|skin|leg|legs|thigh|thighs|hand|stomach|hip)",
        ),
        Rule("self_harm", "burn(?:ing|ed|t)? my ?self (?:with|on|again)"),
        Rule("self_harm", "back (?:on|to) (?:the )?(?:blades|razors|razor|blade|cutting)"),
        Rule(
            "self_harm",
            "(?:relaps[^ ]*|slipped|broke my streak)"
            + gap(8)
            + " (?:cutting|self harm|selfharm|sh|hurting myself|"
            "harming)",
        ),
        Rule(
            "self_harm",
            "(?:clean|free) (?:from|of) (?:cutting|self harm|selfharm|sh|hurting myself|harming)"
            + gap(4)
            + " (?:and now|now this|relaps[^ ]*|until|till|broke|gone)",
        ),
        Rule(
            "self_harm",
            "(?:punch|punched|punching|hit|hitting|bang|banging|banged) (?:the |a"
            " )?(?:wall|walls|my head)"
            + gap(4)
            + " (?:bleed|bled|bleeding|split|until|til|till|on purpose)",
        ),
        Rule(
            "danger",
            "(?:never told|didnt tell|did not tell|havent told|never gave) (?:him|her|them|my ex) "
            "(?:where (?:i was|i am|im|i live|i moved|i was staying|im staying)|my (?:new"
            " )?address)",
        ),
        Rule(
            "danger",
            "(?:how|somehow) (?:he|she|they|my ex) (?:found out|knew|knows|figured out|found)"
            " where i (?:live|am|was|"
            "work|m staying|am staying)",
        ),
        Rule(
            "danger",
            "(?:unknown|private|blocked|new|random|hidden) number"
            + gap(14)
            + " (?:its him|it was him|its her|it was her|its my ex|he knows|watching me)",
        ),
        Rule(
            "danger",
            "(?:things|stuff) (?:in my (?:flat|house|place|apartment|room) (?:are|were|have been|"
            "keep being|keep getting|get)|(?:keep|kept) (?:being|getting))"
            " (?:moved|missing|rearranged)",
        ),
        Rule(
            "danger",
            "(?:if|since) i (?:cant|can not|cannot|wont|am not|im not) (?:be )?(?:his|hers|with"
            " him|with her)" + gap(3) + " (?:nobody|no one|noone|no body)",
        ),
        Rule(
            "danger",
            "(?:locked|hiding|hid) (?:my ?self )?in the (?:bathroom|bedroom|car|closet|toilet)",
        ),
        Rule(
            "other_at_risk",
            "(?:blood|cuts|scars|burns|bloodstains) on (?:her|his|their|the)"
            " (?:sleeves?|arms?|wrists?|legs?|"
            "thighs?|shirts?|sheets|towels?)",
        ),
        Rule(
            "other_at_risk",
            "(?:texted|sent|said|wrote|messaged|posted|told me)"
            + gap(3)
            + " (?:you|u) (?:wont|will not|dont|"
            "wont ever) (?:have to|need to|hav to) (?:deal with|worry about|put up with|see|hear"
            " from) me "
            "(?:anymore|any more|again|ever again)",
        ),
        Rule(
            "suicidal",
            "(?:you|u) (?:wont|will not) (?:have to|need to) (?:deal with|worry about|put up with)"
            " me "
            "(?:anymore|any more|ever again)",
            ask=True,
        ),
        Rule(
            "other_at_risk",
            "(?:giving|gave|gives|given) (?:all )?(?:her|his|their)"
            " (?:stuff|things|belongings|clothes|"
            "possessions) away",
            ask=True,
        ),
        Rule(
            "other_at_risk",
            "(?:giving|gave|gives|given) (?:all )?(?:her|his|their)"
            " (?:stuff|things|belongings|clothes)"
            " away"
            + gap(6)
            + " (?:wont|will not|doesnt|does not|dont|wont be) need(?:ing)? (?:it|them|any of it)",
        ),
        Rule(
            "plan", "(?:giving|gave|given) (?:all )?my (?:stuff|things|belongings|possessions) away"
        ),
    ),
    exceptions=(
        # Figures of speech with "die" and "kill".
        "(?:die|dying|died|dead|die a little|diying) (?:of|from|with|laughing|"
        "laughin) (?:laughter|laughing|embarrassment|embarassment|cringe|shame|boredom|jealousy|"
        "happiness|cuteness|envy|heat|hunger|thirst|secondhand [^ ]+|curiosity|excitement|"
        "anticipation|suspense|fomo|exhaustion)",
        "(?:heat|traffic|work|exam|exams|boss|job|deadline|deadlines|monday|mondays|my kids|"
        "the kids|school|this week|this class|homework|math|chemistry|taxes|my feet|my back|mom|"
        "mum|dad|my mom|my mum|my dad|my parents|my sister|my brother|teacher|"
        "coach)(?: [^ ]+)? (?:is|are|was|were|s|re|wil|would|gona|gonna|going to|is going to|"
        "is gonna|is gona|d|l) (?:literally |actually |so )?(?:be the death of me|kil me|"
        "killing me|kiling me|murder me)(?: [^ ]+)?",
        # Negations: never, not, no longer.
        "(?:never|not|dont|do not|wont|wouldnt|would not|would never|will never|could never|"
        "couldnt|id never|i d never|no intention|no plans|not going|not gonna|not gona|am not|"
        "im not|not planning|not thinking of|not thinking about|never ever|not about|nor|"
        "not trying|no thoughts of|no urge to|not tempted to|i promise i wont|"
        "i promise i wouldnt)(?: ever| really| actually| gonna| going| going to| gona| want to|"
        " wanna| wana| to| plan to| planning to| of| about| even| seriously| ever gonna|"
        " ever going to)?(?: to)? (?:kil|kiling|hurt|hurting|harm|harming|cut|cutting|end|ending|"
        "do anything to|overdose|od|jump|self harm|commit suicide|"
        "take my (?:own )?life)(?: [^ ]+)?(?: [^ ]+)?",
        "(?:not|never|no longer|wasnt|isnt|arent|not feeling|not actually|not really|not even|"
        "no im not|im not|i am not|i m not) (?:actually |really |feeling |even |at all |being |"
        "currently |anymore )?(?:suicidal|in danger|going to do anything|planning anything)",
        "(?:dont|do not|didnt|never|not|doesnt|no longer|dont actually) (?:really |actually |"
        "even |ever )?(?:want|wanna|wana|wish) (?:to )?(?:die|kil myself|hurt myself|be dead|"
        "end it|disappear|end my life)",
        "(?:he|she|they|my ex)(?: has| had)? (?:never|not|didnt|did not|wouldnt|would never|"
        "doesnt|does not|has never|had never|never once|never ever|isnt|wasnt) (?:hit|hurt|"
        "touched|threatened|laid a (?:finger|hand) on|put (?:his|her) hands on|beat|choked|pushed|"
        "slapped|stalked|followed|stalking|following|threatening|violent|dangerous)(?: (?:me|us|"
        "anyone))?",
        "(?:not|never|wasnt|isnt|im not|i am not|not really|not actually) (?:in )?(?:danger|"
        "scared of (?:him|her)|afraid of (?:him|her)|being stalked|stalking me|following me)",
        "(?:not|dont|do not|no|havent|have not|never|not having|"
        "without)(?: [^ ]+)?(?: [^ ]+)? (?:thoughts|urges|urge|intention|intentions|plans|plan|"
        "desire) (?:of|to|about|for) (?:hurting|harming|killing|cutting|ending|hurt|harm|kil|cut|"
        "end|suicide|self harm)(?: [^ ]+)?(?: [^ ]+)?",
        "(?:asked|asks|asking|ask)(?: me)? (?:if|whether) (?:im|i am|i was|i m|i felt|i feel|"
        "i have been)(?: [^ ]+)? (?:suicidal|thinking of (?:suicide|killing myself|"
        "hurting myself))(?: [^ ]+)?(?: [^ ]+)? (?:and )?(?:i )?(?:said|say|told (?:her|him|"
        "them)) (?:no|nope|not)",
        # Films, books, songs, news, studies, work about the subject.
        _STUDY + "(?: [^ ]+)?(?: [^ ]+)? (?:on|about|abt|regarding|re|into|covering|around|"
        "of) (?:[^ ]+ )?(?:[^ ]+ )?" + _TOPIC,
        "(?:suicide|suicidal|self harm|self harming|overdose|overdosing|stalking|stalker|"
        "domestic violence|abuse|crisis) (?:prevention|hotline|helpline|line|awareness|squad|"
        "rates|rate|statistics|stats|research|training|risk|assessment|patients|patient|clients|"
        "callers|teens|students|colleagues|coworkers|co workers|ideation research|behaviour|"
        "behavior|survivors|victims|support|group|charity|month|day|week|intervention|first aid|"
        "module|course|essay)",
        "(?:spot|spotting|recognize|recognise|recognizing|recognising|help|helping|support|"
        "supporting|talk to|talking to|deal with|dealing with|treat|treating|identify|identifying|"
        "train|counsel|counselling|counseling|answer calls from|take calls from|calls from) (?:a |"
        "the )?(?:suicidal|self harming|at risk) [^ ]+",
        "(?:in the|in that|in this) (?:movie|film|show|series|book|novel|episode|game|documentary|"
        "anime|manga) (?:the |a |his |her )?(?:[^ ]+ )?(?:character|guy|girl|man|woman|villain|"
        "killer|husband|wife|boyfriend|mc|protagonist|he|she|they|[^ ]+)" + gap(6),
        "(?:song|movie|film|book|show|series|episode|novel|story|video|documentary|play|podcast|"
        "anime|manga|poem)(?: [^ ]+)? (?:is |was |s )?(?:about|where|in which) (?:a|the|this|some|"
        "an) [^ ]+" + gap(5),
        "(?:suicide squad|13 reasons why|thirteen reasons why|kill bill|killing eve|"
        "how to get away with murder|the killing|sleeping with the enemy|gone girl|dahmer|"
        "natural born killers|killing me softly|kill this love|die for you|die with a smile|"
        "die young|killshot|the virgin suicides|suicideboys|suicide boys|kill em with kindness)",
        # Quotes: a saying, a lyric, someone else's words.
        "(?:used to say|use to say|always said|always says|would always say|the song goes|"
        "song goes|lyrics go|lyric goes|line goes|chorus goes|like the song says|as the song goes|"
        "as they say|joked|jokingly said|quoting|the quote|the meme|the lyric)" + gap(9),
        # Clearly past and over: then, and now fine.
        _PAST + gap(12) + " (?:but|now|today|these days|nowadays|since then|this time|this one|"
        "ive been|i have been)" + gap(4) + " " + _RECOVERED,
        _PAST + gap(12) + " (?:not anymore|not any more|no longer|not now|but not now|"
        "never again|thats over|that passed|it passed|im past that|those days are over)",
        # The past told after the fact: "cut myself years ago, now fine".
        "[^ ]+" + gap(6) + " (?:years ago|months ago|year ago|in high school|as a teen|"
        "as a teenager|back then|in the past|when i was younger)" + gap(3) + " (?:but|now|today|"
        "these days|nowadays|and now)" + gap(4) + " " + _RECOVERED,
        # Self-injury by accident or in sport.
        "(?:by accident|accidentally|accidently)(?: [^ ]+)?(?: [^ ]+)? (?:cut|burned|burnt|"
        "hurt) myself",
        "(?:choked|choke|chokes|choking) me up",
        "(?:following|follow|followed|follows|stalking|stalks|stalked) me (?:on|back on|"
        "around on) (?:ig|insta|instagram|tiktok|twitter|x|fb|facebook|spotify|snap|snapchat|"
        "linkedin|threads|bereal|youtube|strava|every platform|all platforms|social media|socials)",
        # Denials that list several acts: "never hit me or threatened me".
        "(?:never|didnt|did not|hasnt|has never|wouldnt|doesnt|does not) (?:ever )?(?:hit|hurt|"
        "touched|"
        "pushed|choked|slapped|stalked|followed|threatened|beat|grabbed)(?: (?:me|us|anyone))?(?: "
        "(?:or|"
        "nor|and|or even|and never) (?:ever )?(?:hit|hurt|touched|pushed|choked|slapped|stalked|"
        "followed|"
        "threatened|beat|grabbed)(?: (?:me|us|anyone))?)+",
        # Past danger, now safe and far away.
        _PAST + gap(24) + " (?:im|i am|i m|i feel|now im|and im|im now) (?:totally |completely |"
        "finally |actually |physically )?(?:safe|fine|ok|okay|good|alright)",
        # Asked and answered no.
        "(?:asked|asks|asking)(?: me)? (?:if|whether)" + gap(8) + " (?:and )?(?:honestly |i said |"
        "the answer is )?(?:no|nope|never)",
        # Round 2: accidents at work or cooking, told about someone else.
        "(?:cut|cuts|sliced|burned|burnt) (?:himself|herself|themself|themselves|myself) "
        "(?:on|with|while|when|making|cooking|chopping|slicing|shaving|at work|opening) "
        "(?:a |an |the |some |his |her |my )?(?:mandoline|mandolin|knife|glass|tin|can|paper|saw|"
        "nail|bottle|fence|grater|dinner|food|cooking|chopping|slicing|shaving|work|onions|"
        "broken)",
        # Round 2: away for a while, not gone for good.
        "[^ ]+" + gap(6) + " (?:if i was|if i were|when im|while im|if im) (?:gone|away|not here|"
        "not around) (?:for|on|over|this|next) (?:the |a |my )?(?:weekend|week|day|night|trip|"
        "holiday|holidays|vacation|month|while|summer|hour|evening)",
        # Round 2: past danger, now far away and out of contact.
        _PAST + gap(16) + " (?:moved|moved abroad|moved away|left the country|emigrated|"
        "zero contact|no contact|havent seen|have not seen|havent heard|had zero|had no)",
        # Round 2: self-harm in the past, clean now.
        "(?:used to|use to|i used to)(?: [^ ]+)?(?: [^ ]+)? (?:self harm|self harming|cut|"
        "hurt myself|harm myself)" + gap(12) + " (?:clean|free|not going back|never going back|"
        "wont go back|not gonna go back|havent since|havent done it)",
        "(?:hes|shes|he is|she is|he has|she has|theyve|my ex has|my ex is|my exs) "
        "(?:never|not ever|not) (?:once )?been (?:violent|abusive|physical|dangerous|aggressive|"
        "threatening|scary)",
        # Round 3: quoted, retold and hyperbolic uses.
        "(?:said|say|says|told (?:me|us|him|her|them)|yelled|shouted) (?:to )?(?:go )?jump off a "
        "(?:cliff|bridge|roof)",
        "i (?:want to|wanna|just want to) (?:die|kill myself)"
        + gap(14)
        + " (?:stubb[^ ]*|toe|pinky|elbow)",
        "(?:id|i would|would|i d) have (?:written|said|typed|posted)"
        + gap(2)
        + " i (?:want to|wanna) (?:die|kill myself|disappear|stop existing)",
        "(?:back in|in|around) (?:19|20)[0-9]* i (?:wanted|was trying|tried|wished) to (?:stop"
        " existing|die|"
        "kill myself|disappear|not exist|end it)" + gap(14) + " (?:now|these days|today|nowadays)",
        "(?:last (?:winter|summer|year|spring|autumn|fall|month)|(?:a |two |few )?years ago|back"
        " in [^ ]+) "
        "(?:my ex|he|she) (?:followed|stalked|threatened)" + gap(6),
    ),
)
