"""Portuguese (Brazil, Portugal): crisis and danger phrases, and the idioms that look like them."""

from core.safety.recognizer import Recognizer, Rule, gap

_NOT = "(?<!nao )(?<!nunca )(?<!jamais )(?<!nem )(?<!n )(?<!nao vou )(?<!nunca vou )"
# "morrer" but not "morrer de rir", "morrer de vergonha", "morrer nos teus braços".
_MORRER_OK = (
    "(?! (?:(?:de|do|da) (?:rir|riso|vergonha|fome|sono|saudade|saudades|calor|frio|inveja|ciume|"
    "ciumes|amor"
    "|curiosidade|tedio|nervoso|sede|cansaco|fofura|emocao|medo|felicidade|alegria|raiva|vontade|"
    "tanto [^ ]+"
    "|(?:tao|tão) (?:lind[oa]|fof[oa]|gat[oa]|bonit[oa]))"
    "|nos (?:teus|seus|braços|bracos)|nos teus bracos|nos seus bracos|por (?:ti|voce|vc|ele|ela)|"
    "kk[^ ]*|rs[^ ]*"
    "|haha[^ ]*|ksks[^ ]*)(?= ))"
)
_NO_LAUGH = (
    "(?!" + gap(8) + " (?:kk[^ ]*|rs[^ ]*|haha[^ ]*|ksks[^ ]*|sksk[^ ]*|aha[^ ]*|lol|xd)(?= ))"
)
_WANT = (
    "(?:quero|kero|qro|qero|queria|quiria|vou|vo|to pensando em|tou a pensar em|estou a pensar em|"
    "estou pensando em"
    "|pensando em|penso em|decidi|tenho vontade de|vontade de|da vontade de|apetece me|"
    "me da vontade de|preciso"
    "|ia|vou acabar por|acho que vou|so quero|so queria|quero tanto|queria tanto|devia|deveria|"
    "podia|prefiro|penso"
    "|to com vontade de|estou com vontade de|tou com vontade de|tentar|vou tentar|planejando|"
    "planeio|ja decidi que vou)"
)
_KILL_ME = (
    "(?:me matar|matar me|me suicidar|suicidar me|tirar (?:a )?(?:minha )?(?:propria )?vida|"
    "acabar com (?:a )?minha vida"
    "|dar cabo da (?:minha )?vida|por fim a (?:minha )?vida|morrer|me enforcar|enforcar me|"
    "me jogar|atirar me|me atirar"
    "|me envenenar|envenenar me|cortar os pulsos|sumir desse mundo|sumir deste mundo|"
    "deixar de existir|nao acordar mais"
    "|estar morta|estar morto|me dar um tiro|dar me um tiro|meter uma bala na cabeca)"
)
_PILLS = (
    "(?:remedio[^ ]*|comprimido[^ ]*|pilula[^ ]*|rivotril[^ ]*|clonazepam[^ ]*|diazepam[^ ]*|"
    "paracetamol[^ ]*|dipirona[^ ]*"
    "|ansiolitico[^ ]*|antidepressivo[^ ]*|calmante[^ ]*|sonifero[^ ]*|medicamento[^ ]*|emj_pill|"
    "alprazolam[^ ]*|lorazepam[^ ]*"
    "|zolpidem[^ ]*|tarja preta|xanax|benzodiazepina[^ ]*|medicacao|ibuprofeno[^ ]*|brufen|"
    "ben u ron|benuron)"
)
_A_LOT = (
    "(?:a cartela|uma cartela|cartela|a caixa|uma caixa|caixa|caixinha|um frasco|o frasco|frasco|"
    "embalagem|um monte"
    "|monte|mao cheia|uma mao cheia|uma porrada|porrada|um pacote|pacote|montao|um montao|tudo|"
    "todos|todas|[0-9]+"
    "|uns [0-9]+|umas [0-9]+|mais de [0-9]+|tipo [0-9]+|uns|varios|varias|muitos|muitas|"
    "duas caixas|duas cartelas"
    "|vinte|trinta|quarenta|cinquenta|um punhado|a embalagem toda|a caixa toda|a cartela toda|"
    "um saco)"
)
_PERSON = (
    "(?:ele|ela|meu ex|minha ex|o meu ex|a minha ex|o ex|ex|meu marido|o meu marido|meu namorado|"
    "o meu namorado"
    "|meu esposo|meu companheiro|o meu companheiro|o gajo|esse cara|o cara|esse gajo|esse idiota|"
    "o pai dos meus filhos"
    "|o pai do meu filho|o pai da minha filha|meu exmarido|meu ex marido|o desgracado|"
    "esse desgracado|aquele desgracado)"
)
_HOME = (
    "(?:minha|meu|a minha|o meu|nossa|nosso) (?:casa|ape|apartamento|predio|trabalho|servico|"
    "emprego|escritorio"
    "|faculdade|facul|escola|academia|ginasio|porta|janela|carro|rua|quarto|universidade|uni|loja|"
    "prédio)"
)
_CHILDREN = (
    "(?:os|meus|nossos|as|minhas|o|a|meu|minha|nosso|nossa|os meus|as minhas|o meu|"
    "a minha) (?:filhos|filhas|filho|filha"
    "|criancas|crianca|miudos|miudas|miudo|miuda|meninos|meninas|menino|menina|bebe|pequenos|"
    "neném|nenem)"
)
_TOPIC = (
    "(?:suicidio|suicidios|automutilacao|autolesao|autolesoes|overdose|overdoses|perseguicao|"
    "stalking|violencia domestica"
    "|violencia contra a mulher|feminicidio|feminicidios|abuso|ideacao suicida|"
    "comportamento suicida|saude mental"
    "|depressao|pensamentos suicidas|ideias suicidas)"
)
_STUDY = (
    "(?:tcc|tese|dissertacao|trabalho|artigo|pesquisa|estudo|aula|curso|palestra|formacao|"
    "treinamento|seminario"
    "|prova|tema|livro|romance|documentario|doc|filme|serie|episodio|podcast|musica|video|noticia|"
    "noticias"
    "|reportagem|campanha|apresentacao|estagio|projeto|workshop|mestrado|doutorado|cadeira|"
    "disciplina)"
)
_RECOVERED = (
    "(?<!nao )(?:bem|melhor|muito melhor|mto melhor|mt melhor|super bem|otima|otimo|a salvo|"
    "segura|seguro|tranquila"
    "|tranquilo|feliz|limpa|limpo|em terapia|estavel|recuperada|recuperado|em paz|forte|viva|"
    "grata|grato|de boa"
    "|numa boa|okay|ok)"
)
_PAST = (
    "(?:ha (?:(?:[0-9]+|um|uma|uns|umas|dois|duas|tres|quatro|cinco|seis|dez|muitos|"
    "varios) )?(?:anos|ano|meses|mes|tempo|muito tempo)"
    "|faz (?:[0-9]+|um|uma|uns|dois|tres|muitos) (?:anos|ano|meses|mes)|(?:[0-9]+|dois|"
    "tres) anos atras"
    "|no (?:ensino medio|colegio|secundario|liceu|secundario|passado)|na (?:escola|adolescencia|"
    "faculdade|secundaria)"
    "|quando (?:eu )?(?:era|tinha) (?:[0-9]+|mais nova|mais novo|adolescente|miuda|miudo|pequena|"
    "pequeno)"
    "|em (?:[0-9]+)|antigamente|antes|no ultimo termino|no meu ultimo termino|na ultima separacao|"
    "da ultima vez|houve uma altura|teve uma epoca)"
)

RECOGNIZER = Recognizer(
    lang="pt",
    rules=(
        # --- suicidal ---
        Rule("suicidal", _NOT + _WANT + " " + _KILL_ME + _MORRER_OK + _NO_LAUGH),
        Rule("suicidal", _NOT + "(?:quero|queria|vou) (?:morrer|me matar)" + _MORRER_OK, ask=True),
        Rule(
            "suicidal",
            _NOT + "(?:eu )?(?:vou|vo|quero|kero|to querendo|estou a querer|"
            "vou acabar por|acho que vou) me (?:matar|suicidar|enforcar|jogar (?:da|de|do|"
            "na frente|embaixo|debaixo|pela)|atirar (?:da|de|do|pela|para a frente)|envenenar|"
            "dar um tiro)" + _MORRER_OK + _NO_LAUGH,
        ),
        Rule(
            "suicidal",
            _NOT + "(?:eu )?(?:vou|vo|quero|kero|to querendo|estou a querer|"
            "vou acabar por|acho que vou) me (?:suicidar|enforcar|envenenar|dar um tiro)",
        ),
        Rule(
            "suicidal",
            _NOT + "(?:(?:hoje|ja|entao|e|esta noite|essa noite|amanha|se (?:ele|ela|"
            "nao|eu) [^ ]+(?: [^ ]+)?(?: [^ ]+)?) )?(?:eu )?me mato(?! (?:de|trabalhando|"
            "estudando|a trabalhar|a estudar|no|na|por|pra|para|treinando|correndo|"
            "limpando)(?= ))(?= $| (?:hoje|ja|esta noite|essa noite|e pronto|de vez|juro|serio|"
            "mesmo|nao aguento|se)(?: |$))",
        ),
        Rule(
            "suicidal",
            _NOT + "(?:me suicidar|suicidar me|me suicido|suicido me|suicidando me|me suicidando)",
        ),
        Rule(
            "suicidal",
            "(?<!nao tenho )(?<!sem )(?<!nao )(?:pensamentos|ideias|ideacao|"
            "tendencias|impulsos) suicidas?",
        ),
        Rule(
            "suicidal",
            "(?:penso|pensando|pensar|pensei|to pensando|estou a pensar|"
            "a pensar) (?:muito |o tempo todo |todo dia |todos os dias |sempre |direto |demais |"
            "seriamente |serio |de verdade |ultimamente |de novo |cada vez mais )?(?:em|no|"
            "num) (?:o )?suicidio|(?:tentar|tentativa de|cometer) (?:o )?suicidio",
        ),
        Rule(
            "suicidal",
            _NOT + "(?:acabar|acabo|acabaria|terminar|termino|por fim|"
            "dar fim) (?:com|a) (?:tudo|tudo isso|isso de vez|tudo de vez|o meu sofrimento|"
            "meu sofrimento|minha existencia|a minha existencia|a minha vida|"
            "minha vida)(?! (?:o que|entre|com (?:ele|ela)|dele|dela|que (?:me|lembre|tenha)|"
            "nesse relacionamento|na relacao|e comecar)(?= ))",
        ),
        Rule(
            "suicidal",
            "(?:formas|forma|maneiras|maneira|metodos|jeito|jeitos|como|modo) (?:de |"
            "pra |para )?(?:morrer|me matar|matar me|me suicidar|suicidar me|"
            "tirar a minha vida)(?! de (?:rir|vergonha)(?= ))|morrer sem (?:dor|sofrer|sentir)",
        ),
        Rule(
            "suicidal",
            "(?:me jogar|jogar me|me atirar|atirar me|me jogo|atiro me|me atiro|"
            "pular|saltar|me lancar|lancar me) (?:da|de|do|pela|pelo|na frente d[oa]|"
            "embaixo d[oa]|debaixo d[oa]|para a frente d[oa]|pra frente d[oa]|de cima d[oa]|"
            "em cima d[oa]|no|na|num|numa) (?:[^ ]+ )?(?:janela|ponte|predio|sacada|varanda|"
            "viaduto|penhasco|falesia|trem|comboio|metro|carro|onibus|autocarro|caminhao|camiao|"
            "telhado|terraco|laje|precipicio|rio|mar de cima|abismo|linha do trem|"
            "linha do comboio|andar)(?! (?:da piscina|de paraquedas|na piscina)(?= ))" + _NO_LAUGH,
        ),
        Rule(
            "suicidal",
            "(?:todo mundo|todos|toda a gente|o mundo|minha familia|a minha familia|"
            "meus pais|os meus pais|meus filhos|voces|as pessoas|eles) (?:ficaria|ficariam|"
            "ia ficar|iam ficar|vai ficar|vao ficar|estaria|estariam|seria|seriam|fica|ficam|"
            "vivia|viveriam)(?: muito| mil vezes| bem)? (?:melhor|melhores|mais feliz|"
            "mais felizes|felizes|em paz)(?: [^ ]+)? (?:sem mim|se eu (?:nao existisse|morresse|"
            "sumisse|desaparecesse|nao estivesse aqui|fosse embora))",
        ),
        Rule(
            "suicidal",
            "(?:hoje|esta noite|essa noite|agora) (?:eu )?(?:acabo com isso|"
            "acabo com tudo)(?= (?:ja decidi|de vez|pra sempre|para sempre|nao aguento mais)(?: |"
            "$))",
        ),
        Rule(
            "suicidal",
            "(?:hoje|esta noite|essa noite|agora) (?:eu )?(?:acabo com isso|"
            "acabo com tudo|faco isso|vou fazer|faço)(?= $| (?:ja|de vez|nao aguento|ja decidi|"
            "e pronto)(?: |$))",
            ask=True,
        ),
        # --- passive ---
        Rule(
            "passive",
            "(?:nao|ja nao|n|nem) (?:quero|kero|queria|tenho (?:mais )?vontade de|"
            "tenho (?:mais )?forca (?:pra|para)|aguento (?:mais )?|vejo (?:mais )?sentido em|"
            "vejo motivo (?:pra|para)|quero mais|tenho animo (?:pra|para)) (?:mais )?(?:viver|"
            "existir|acordar|estar aqui|estar viva|estar vivo|continuar vivendo|continuar a viver|"
            "continuar viva|continuar vivo|seguir vivendo|respirar|estar neste mundo|"
            "estar nesse mundo)(?! (?:com|em|na|no|aqui com|junto|juntos|perto|longe|ali|la|"
            "sozinha em|sozinho em|cedo|tao cedo|as [0-9]+|amanha as|sem (?:ele|ela|voce|vc|"
            "ti))(?= ))",
        ),
        Rule(
            "passive",
            "(?:nao|ja nao) (?:quero|consigo|sei) viver sem (?:ele|ela|voce|vc|ti)",
            ask=True,
        ),
        Rule(
            "passive",
            "(?:queria|quero|so queria|so quero|quem me dera|gostava de|gostaria de|"
            "preferia) (?:dormir|adormecer|deitar) (?:e )?(?:nao|nunca mais|e nao) (?:acordar|"
            "acordar mais|mais acordar)|dormir (?:pra|para) sempre|nao acordar mais|"
            "nunca mais acordar|nao acordar amanha",
        ),
        Rule(
            "passive",
            "(?:queria|quem me dera|preferia|gostava de|"
            "gostaria de) (?:nunca )?(?:nao )?ter nascido|nunca (?:devia|deveria) ter nascido|"
            "queria (?:estar|ta|tar) mort[ao]|quem me dera (?:morrer|estar mort[ao]|nao acordar)",
        ),
        Rule(
            "passive",
            "(?:pra|para) (?:que|q|qe) (?:continuar|viver|seguir|continuo|eu vivo|"
            "eu continuo|acordar)(?= $| (?:vivendo|viva|vivo|aqui|a viver|neste mundo|nesse mundo|"
            "sem|se|assim|respirando)(?: |$))|de que (?:adianta|serve) (?:viver|continuar|"
            "estar viva|estar vivo|minha vida|a minha vida)|(?:qual|que) (?:o )?sentido (?:de|"
            "tem) (?:viver|continuar|a vida|estar viva|estar vivo)",
        ),
        Rule(
            "passive",
            "(?:nao tem|nao ha|nao existe|sem) (?:mais )?(?:porque|por que|pq|motivo|"
            "razao|sentido)(?: (?:pra|para))?(?: eu)? (?:viver|continuar vivendo|continuar viva|"
            "continuar vivo|existir|estar viva|estar vivo|seguir vivendo)",
        ),
        Rule(
            "passive",
            "(?:queria|quero|so queria|so quero|preciso) (?:que|q) (?:tudo|isso|isto|"
            "a minha vida|minha vida|a vida) (?:acabasse|acabe|termine|terminasse)(?: de vez|"
            " pra sempre| para sempre| de uma vez)",
        ),
        Rule(
            "passive",
            "(?:queria|quero|so queria|so quero|preciso) (?:que|q) (?:tudo|isso|"
            "isto) (?:acabasse|acabe|termine|terminasse)",
            ask=True,
        ),
        Rule(
            "passive",
            "(?:nao vejo|ja nao vejo|perdi o|perdeu o|nao tem|"
            "nao ha) (?:mais )?(?:nenhum )?sentido (?:na|em|de) (?:vida|viver|continuar|"
            "minha vida|estar viva|estar vivo)|(?:minha|a minha|a) vida (?:ja )?nao (?:tem|"
            "faz) (?:mais )?(?:nenhum )?sentido|(?:nao tenho|ja nao tenho|sem) (?:nenhum |"
            "nenhuma |mais )?(?:motivo|motivos|razao|razoes|vontade)(?: nenhum| nenhuma|"
            " algum)? (?:pra|para|de) (?:viver|continuar vivendo|continuar viva|continuar vivo|"
            "continuar a viver|estar viva|estar vivo|existir)",
        ),
        Rule(
            "passive",
            "tomara (?:que|q) (?:um carro|um onibus|um caminhao|um raio|algo|alguem|"
            "um comboio|um autocarro) (?:me )?(?:atropele|mate|caia|acerte|leve)|tomara (?:que|"
            "q) eu (?:morra|nao acorde|desapareca)|(?:queria|quero) (?:que|q) (?:um carro|"
            "um onibus|um caminhao|algo) me (?:atropelasse|matasse|atropele|mate)",
        ),
        Rule(
            "passive",
            "(?:cansad[ao]|fart[ao]|exaust[ao]|esgotad[ao]) (?:de|da) (?:viver|vida|"
            "existir|estar viv[ao]|respirar)(?! (?:em|com|aqui|assim com|nesta cidade|"
            "nessa cidade|de)(?= ))",
        ),
        Rule(
            "passive",
            "(?:tanto faz|pouco importa|nao me importo|me tanto faz|que se dane|"
            "dane se) (?:se )?(?:eu )?(?:morrer|morro|viver ou morrer|estar viva|estar vivo|"
            "me acontecer alguma coisa)|se eu morrer tanto faz",
        ),
        Rule(
            "passive",
            "(?:melhor|preferia|prefiro) (?:estar )?(?:morta|morto|morrer|nao existir|"
            "nao estar aqui|sumir)(?! (?:do que|que|de (?:rir|vergonha))(?= ))|(?:seria|"
            "era) (?:melhor|mais facil)(?: (?:pra|para) todos)? se (?:eu )?(?:nao existisse|"
            "morresse|sumisse|desaparecesse|nao tivesse nascido|nao estivesse aqui)",
        ),
        Rule(
            "passive",
            "(?:sou|me sinto|sinto me|sou so) (?:um |uma )?(?:peso|fardo|"
            "estorvo) (?:pra|para|pros|para os|na vida de) (?:todos|todo mundo|toda a gente|"
            "minha familia|a minha familia|meus pais|os meus pais|os outros|voces)",
        ),
        Rule(
            "passive",
            "(?:ninguem|nenhuma pessoa) (?:vai|ia|"
            "iria) (?:sentir (?:a )?(?:minha )?falta|dar pela (?:minha )?falta|notar|perceber|"
            "se importar|chorar|ligar)(?: [^ ]+)?(?: se (?:eu )?(?:morresse|morrer|sumisse|sumir|"
            "desaparecesse|nao estivesse))?(?! (?:do|da|no|na) (?:meu|minha) (?:cabelo|corte|"
            "look)(?= ))",
        ),
        Rule(
            "passive",
            "(?:queria|quero|so queria|so quero|gostaria de|quem me dera|preciso|"
            "vontade de|apetece me) (?:sumir|desaparecer|apagar me|me apagar|evaporar|"
            "dormir) (?:pra sempre|para sempre|desse mundo|deste mundo|do mundo|"
            "e nunca mais voltar|e nao voltar|de vez|de vez por todas)|deixar de existir|"
            "nao existir mais|ja nao existir",
        ),
        Rule(
            "passive",
            "(?:queria|quero|so queria|so quero|gostava de|preciso) (?:sumir|"
            "desaparecer|nao existir|nao estar aqui)(?= $| (?:ja|sabe|de verdade|serio|mesmo|"
            "e)(?: |$))|sumir do mapa",
            ask=True,
        ),
        Rule(
            "passive",
            "(?:ja )?nao (?:aguento|suporto|consigo) (?:mais )?(?:viver|essa vida|"
            "esta vida|a vida|a minha vida|minha vida|existir|continuar)",
        ),
        Rule(
            "passive",
            "(?:ja )?nao (?:aguento|suporto|consigo) mais(?= $| (?:nada|isso|isto|"
            "serio|de verdade|mesmo|essa dor|esta dor|sofrer)(?: |$))|"
            "(?:ja )?nao aguento mais nada|(?:pra|para) que (?:continuar|viver)(?= $)",
            ask=True,
        ),
        # --- plan ---
        Rule(
            "plan",
            "(?:tomei|engoli|tomou|engoliu|acabei de tomar|acabo de tomar|vou tomar|"
            "tomei logo|tomar|engolir|mandei|mandei pra dentro|bebi|emborquei) "
            + _A_LOT
            + gap(3)
            + " (?:de )?"
            + _PILLS
            + "(?! (?:hoje|de manha|certinho|na hora|"
            "do dia|como (?:sempre|o medico)|direitinho|receitad[oa]s)(?= ))",
        ),
        Rule(
            "plan",
            "(?:tenho|ja tenho|to com|estou com|aqui tenho|juntei|guardei|ando a juntar|"
            "to juntando|estou juntando|acumulei|separei) (?:os |uns |umas |as |todos os |"
            "todas as |muitos |varios |meus |minhas )?(?:" + _PILLS + "|laminas|giletes|"
            "corda)(?: [^ ]+)? (?:aqui|comigo|separados|separadas|prontos|prontas|na mao|"
            "guardados|guardadas|juntos|do lado|na mesa|no quarto|suficientes|pra fazer|"
            "para fazer)",
        ),
        Rule(
            "plan",
            "(?:separei|juntei|guardei|ja separei|ja juntei|escondi|ja guardei) (?:os |"
            "as |uns |umas |todos os |todas as |meus |minhas |os meus |as minhas )?(?:comprimidos|"
            "remedios|pilulas|laminas|giletes|calmantes|soniferos)",
        ),
        Rule(
            "plan",
            _PILLS + gap(8) + " (?:vou|vo|quero|to pensando em|estou a pensar em|vou me|"
            "vou-me) (?:tomar|engolir|tomar os|tomar as) (?:tudo|todos|todas|de uma vez|"
            "de uma so vez)|(?:vou|vo|quero) (?:tomar|engolir) (?:tudo|todos|todas) de (?:uma vez|"
            "uma so vez|vez)|(?:tenho|to com|estou com|tenho aqui) "
            + _A_LOT
            + gap(3)
            + " (?:de )?"
            + _PILLS
            + "(?: [^ ]+)? (?:aqui|comigo|na mao|do lado|na mesa|no quarto|"
            "prontos|prontas|separados)",
        ),
        Rule(
            "plan",
            "(?:juntando|guardando|acumulando|juntei|guardei|acumulei|ando a juntar|"
            "ando a guardar) (?:os |meus |os meus |as |minhas |uns |umas |todos os )?" + _PILLS,
        ),
        Rule(
            "plan",
            "(?:overdose|sobredosagem)(?= $| (?:hoje|agora|esta noite|essa noite|"
            "de proposito)(?: |$))|(?:tomar|tomei|fazer|fiz|vou ter|ter) (?:uma )?(?:overdose|"
            "sobredosagem)(?! (?:de (?:cafe|cafeina|acucar|series|chocolate))(?= ))",
        ),
        Rule(
            "plan",
            "(?:estou|to|tou|eu to|eu estou|ja estou|ja to|sentada|sentado|parada|parado|"
            "em pe|aqui) (?:no|na|em cima do|em cima da|no alto do|no alto da|na beira do|"
            "na beira da|no topo do|no topo da|no parapeito d[ao]|na borda d[ao]|no terraco d[ao]|"
            "na ponta d[ao]) (?:telhado|ponte|viaduto|predio|laje|terraco do predio|parapeito|"
            "trilhos|linha do trem|linha do comboio|penhasco|falesia|beira|precipicio|"
            "ultimo andar|sacada|varanda|janela)(?! (?:com (?:os|as|meus|minhas|a|o) (?:amigos|"
            "amigas|galera|familia|pessoal|namorado|namorada)|a ver|vendo|tomando|de ferias|"
            "do hotel|da festa|a apanhar sol|pegando sol)(?= ))",
        ),
        Rule(
            "plan",
            "(?:essa|esta|eis) (?:e|sera|"
            "vai ser) (?:a )?(?:minha )?(?:ultima )?(?:mensagem de despedida|despedida|"
            "ultima mensagem|ultima msg|ultima carta)(?! (?:pr[oa]|para [oa]|ao|a) (?:meu ex|"
            "minha ex|ele|ela|ex)(?= ))|(?:minha|a minha) ultima mensagem(?! (?:pra|para) (?:ele|"
            "ela|o meu ex|meu ex)(?= ))|me despeco de (?:todos|voces|vcs|ti para sempre)|(?:adeus|"
            "tchau|xau) (?:a todos|pra todos|para todos|para sempre|pra sempre|mundo|"
            "mundo cruel)(?! (?:ate|vou dormir|boa noite|amanha|bjs|beijos|ate amanha)(?= ))",
        ),
        Rule(
            "plan",
            "(?:desculpem|perdoem|me perdoem|perdoem me|desculpa|"
            "perdao)(?: [^ ]+)?(?: [^ ]+)? (?:mae|pai|mamae|papai|todos|"
            "por tudo)(?: [^ ]+)?(?: [^ ]+)? (?:te amo|amo voces|adeus|amo vcs)|(?:mae|mamae|pai|"
            "papai) (?:te amo|amo te|desculpa|me perdoa|"
            "perdoa me)(?: [^ ]+)?(?: [^ ]+)? (?:desculpa|me perdoa|adeus|perdoa me)|(?:adeus|"
            "tchau) (?:a todos|pra todos)(?: [^ ]+)?(?: [^ ]+)? (?:desculpem|perdoem)|(?:adeus|"
            "tchau)(?: [^ ]+)? (?:desculpem me|me desculpem|perdoem me|me perdoem|desculpem|"
            "perdoem)(?= $| (?:por tudo|todos|mae|pai)(?: |$))",
        ),
        Rule(
            "plan",
            "(?:carta|cartas|bilhete|bilhetes|mensagem) (?:de despedida|de suicidio|"
            "de adeus|suicida)(?! (?:pr[oa]|para [oa]|ao|a) (?:meu ex|minha ex|ele|ela|ex)(?= ))|"
            "(?:ja )?(?:escrevi|deixei|terminei) (?:as|umas|todas as|minhas) cartas(?= $| (?:pra|"
            "para|a) (?:todos|minha familia|a minha familia|minha mae|os meus pais|meus pais)(?: |"
            "$)| e| ja)",
        ),
        Rule(
            "plan",
            "(?:deixei|dei|doei|entreguei|vou deixar|to dando|estou a dar|dei o|deixei o|"
            "deixei a) (?:o |a )?(?:meu|minha) (?:gato|gata|cachorro|cachorra|cadela|cao|"
            "cadelinha|gatinho|gatinha|pet|bicho|periquito|coelho|peixe|plantas|coisas) (?:com|a|"
            "pra|para|ao|a minha|ao meu)" + gap(4) + " (?:para|pra|pa) (?:ela|ele|eles|elas|o|"
            "a) (?:cuidar|tomar conta|ficar com)(?! (?:enquanto|durante|nas ferias|"
            "no fim de semana|essa semana|esta semana|uns dias|porque vou viajar)(?= ))",
        ),
        Rule(
            "plan",
            "(?:comprei|comprar|tenho|arranjei|arrumei|peguei|amarrei|amarrar|preparei|"
            "ja comprei) (?:a |uma )?(?:corda|emj_rope)(?! (?:de pular|pra escalar|para escalar|"
            "do varal|de varal|pro cachorro|para o cao|de saltar|pra mudanca|para a mudanca|"
            "pra amarrar a|para amarrar a)(?= ))|me enforcar|enforcar me|vou me enforcar|emj_rope|"
            "fiz o no da corda",
        ),
        Rule("plan", "(?:cortar|cortei|corto|vou cortar|abrir|abri) (?:os|meus|os meus) pulsos"),
        Rule(
            "plan",
            "(?:vou|quero|vo|to pensando em|estou a pensar em|penso em|tomei|bebi|engoli|"
            "vou beber) (?:tomar |beber )?(?:o |um |uma )?(?:veneno|chumbinho|soda caustica|"
            "agua sanitaria|lixivia|raticida|veneno de rato)",
        ),
        # --- self-harm ---
        Rule(
            "self_harm",
            _NOT + "(?:me cortei|me corto|me cortava|me cortando|cortei me|corto me|"
            "cortar me|cortando me|a cortar me|me cortar|voltei a me cortar|voltei a cortar me|"
            "comecei a me cortar)(?! (?:o|a|os|as|no|na|el|la|com o papel|cocinando|com papel|"
            "cozinhando|a cozinhar|fazendo|sem querer|no vidro|a fazer|ao fazer|ao cozinhar|"
            "de (?:rir|vergonha))(?= ))(?! (?:o cabelo|a franja|o dedo|a unha|as unhas))",
        ),
        Rule(
            "self_harm",
            "(?:corto|cortei|cortava|cortando|a cortar|vou cortar|fiz cortes|"
            "faço cortes|faco cortes|cortes) (?:os |meus |os meus |nos |nos meus |no |"
            "na )?(?:bracos|braco|pulsos|pulso|pernas|perna|coxas|coxa|pele|barriga|antebracos|"
            "antebraco)",
        ),
        Rule(
            "self_harm",
            "(?:me queimei|me queimo|queimei me|queimar me|me queimar|me queimando|"
            "queimei|queimo) (?:o |a |os |as |meu |minha |meus |minhas )?(?:braco|bracos|pulso|"
            "pulsos|perna|pernas|coxa|coxas|pele|mao|maos|barriga)? ?(?:com (?:o |um |a |"
            "uma )?(?:isqueiro|cigarro|cigarros|fosforo|fosforos|vela|ferro quente)|de proposito|"
            "porque quis|pra sentir)",
        ),
        Rule(
            "self_harm",
            _NOT + "(?:me machuco|me machuquei|me machucar|machucar me|machuco me|"
            "me machucando|me firo|me feri|ferir me|me ferir|me faco mal|me fiz mal|fazer me mal|"
            "faço mal a mim|faco mal a mim|fazer mal a mim|fazendo mal a mim|me magoo fisicamente|"
            "magoo me a mim|me automutilo|me automutilei|automutilar me|me autolesiono|"
            "autolesionar me|me puno|me castigo fisicamente)(?! (?:jogando|no jogo|na academia|"
            "no ginasio|no treino|correndo|caindo|sem querer|no futebol|na perna|no joelho|no pe|"
            "na mao|a jogar|a correr|a treinar|ao cair|emocionalmente|pensando|vendo|olhando|"
            "stalkeando|a ver)(?= ))",
        ),
        Rule(
            "self_harm",
            "(?:automutilacao|automutilando|automutilar|autolesao|autolesoes|"
            "auto mutilacao|auto lesao|autoagressao)(?: [^ ]+)?(?: [^ ]+)? (?:de novo|outra vez|"
            "voltou|voltei)|(?:voltei|recai|recaida|"
            "tive uma recaida)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:automutil[^ ]*|autoles[^ ]*|"
            "me cortar|cortar me|cortes)|(?:bato|batendo|bater|dou|dar|"
            "dando) (?:com )?(?:a cabeca|murros|socos|cabecadas) (?:na|contra a|em) (?:parede|"
            "porta|chao)|ate (?:sangrar|sair sangue|fazer sangue|ficar roxo|ficar roxa)",
        ),
        Rule(
            "self_harm",
            "(?:me|tenho me|ando a|tenho andado a) (?:[^ ]+ )?(?:machucado|"
            "machucando|machucar me|cortado|cortando|cortar me|queimado|queimando|queimar me|"
            "ferido|ferindo|ferir me|batido|batendo|magoar me) (?:de proposito|a proposito|"
            "de proposito mesmo|sozinha|sozinho)|tenho me (?:machucado|cortado|queimado|ferido)",
        ),
        Rule("self_harm", "emj_blood", ask=True),
        # --- someone else at risk ---
        Rule(
            "other_at_risk",
            "(?:quer|vai|ia|pensa em|ameaca|ameacou|ameaçou|ameacando|"
            "disse que vai|diz que vai|disse que ia|tentou|tenta|pensando em|falando em|fala em|"
            "tá pensando em|ta pensando em|esta a pensar em|anda a pensar em|quis|"
            "ja tentou) (?:se matar|matar se|se suicidar|suicidar se|tirar a propria vida|"
            "tirar a vida|se cortar|cortar se|se machucar|machucar se|se jogar|atirar se|"
            "se enforcar|enforcar se|morrer|acabar com a vida|acabar com a propria vida)(?! (?:de "
            "(?:trabalhar|rir|tanto|estudar|moto|fome|vergonha|saudade)|trabalhando|a trabalhar|"
            "estudando|a estudar)(?= ))",
        ),
        Rule(
            "other_at_risk",
            "(?:que|q|ele|ela|diz que|disse que|"
            "se eu nao [^ ]+(?: [^ ]+)?(?: [^ ]+)?) se mata(?! (?:de|trabalhando|a trabalhar|no|"
            "na)(?= ))|(?:ta|esta|anda|tá|estava) (?:se cortando|a cortar se|se machucando|"
            "a magoar se|se automutilando|a automutilar se|se ferindo|a ferir se)|(?:se corta|"
            "se cortou|se machuca|se machucou|se automutila|se fere)(?: de novo| outra vez|"
            " nos bracos| nos pulsos| quando| escondid[ao])",
        ),
        Rule(
            "other_at_risk",
            "(?:tem|teve|anda com|ta com|esta com|com) (?:pensamentos|ideias|"
            "ideacao|tendencias) suicidas|(?:tentou|tentativa de) (?:o )?suicidio|(?:ta|esta|"
            "anda) (?:muito )?suicida|(?:quer|queria|diz que quer|"
            "disse que quer) morrer(?! de (?:rir|vergonha|fome)(?= ))",
        ),
        Rule(
            "other_at_risk",
            "(?:postou|publicou|mandou|deixou|escreveu|poste|colocou) (?:uma |"
            "um )?(?:despedida|carta de despedida|mensagem de despedida|bilhete de despedida|"
            "post de despedida|video de despedida|carta de suicidio|bilhete suicida)(?! (?:pr[oa]|"
            "para [oa]|ao|a) (?:ex|seu ex|sua ex)(?= ))",
        ),
        Rule(
            "other_at_risk",
            "(?:achei|encontrei|vi) (?:as |umas |uns |os |suas |seus |"
            "varias )?(?:laminas|giletes|navalhas|lâminas|cortes (?:nos|no|nas|na) (?:bracos|"
            "braco|pulsos|pernas)|cicatrizes (?:nos|no|nas) (?:bracos|pulsos|pernas)|"
            "remedios escondidos|comprimidos escondidos|uma corda escondida|"
            "uma carta de despedida|um bilhete de despedida)",
        ),
        # --- danger ---
        Rule(
            "danger",
            "(?:disse|diz|dizia|falou|fala|me disse|me falou|mandou|me mandou|escreveu|"
            "me escreveu|ameacou|ameaça|ameaca|jurou|jura|gritou)(?: [^ ]+)?(?: que| q)?(?: se)?"
            + gap(4)
            + " (?:me mata|me matava|me matar|vai me matar|me vai matar|me ia matar|"
            "me vai bater|me vai fazer mal|me vai desfazer|me faz desaparecer|"
            "me vai fazer desaparecer|ia me matar|vai matar me|vai-me matar|mata me|me mataria|"
            "matava me|me arrebenta|me quebra|vai me bater|vai bater me|me bate|vai me machucar|"
            "vai fazer mal|me desfigura|me encontra e me mata|me acha e me mata|te mato|"
            "acaba comigo|vai acabar comigo|vai me buscar|vai me encontrar|vai me achar|"
            "me esfaqueia|me da um tiro|me queima)",
        ),
        Rule(
            "danger",
            _PERSON + "(?: [^ ]+)?(?: [^ ]+)? (?:vai|ia|quer|pode|podia|é capaz de|"
            "e capaz de|tentou|quis|ameacou|ameaçou|ameaca) (?:me )?(?:matar|machucar|bater|"
            "espancar|esfaquear|furar|enforcar|estrangular|sufocar|queimar|desfigurar|atropelar|"
            "violentar|estuprar|sequestrar|fazer mal|matar me|machucar me|bater me|espancar me|"
            "esfaquear me|enforcar me|estrangular me|dar um tiro|dar me um tiro|"
            "quebrar a minha cara|quebrar minha cara|partir a cara)(?! (?:de (?:rir|vergonha|"
            "cocegas))(?= ))",
        ),
        Rule(
            "danger",
            "(?:ameac[^ ]*|jurou|jura|disse que vai|diz que vai|disse que ia|vai|quer|"
            "tentou) (?:de )?(?:me )?(?:levar|tirar|sequestrar|roubar|ficar com) (?:de mim )?"
            + _CHILDREN
            + "(?! (?:no|na|pro|pra|para o|para a|ao) (?:fim de semana|fds|sabado|"
            "domingo|parque|escola|colegio|praia|cinema|shopping|medico|dentista|casa d[ao])(?= ))",
        ),
        Rule(
            "danger",
            "(?:ameac[^ ]*) (?:me )?(?:de morte|de me matar|me matar|matar me|matar|"
            "de me bater|bater me|me bater|me espancar|de me machucar|me machucar|de me queimar|"
            "de me desfigurar|jogar acido|me jogar acido|de me sequestrar)|(?:me|nos) (?:ameacou|"
            "ameaca|ameacava|ameaçou|ta ameacando|esta a ameacar|anda a ameacar) de morte|"
            "ameacas de morte|ameacou me de morte",
        ),
        Rule(
            "danger",
            "(?:tentou|tenta|quis|tentava) (?:me )?(?:matar|atropelar|enforcar|"
            "estrangular|esfaquear|afogar|envenenar|sufocar)(?: me)?|"
            "(?:me )?jurou (?:me )?de morte|jurada de morte|jurado de morte",
        ),
        Rule(
            "danger",
            "(?:se eu [^ ]+|disse que|diz que|falou que|ameacou|ameaca|ele|"
            "ela)(?: [^ ]+)?(?: [^ ]+)? (?:mata|matar|vai matar|mataria|machuca|vai machucar|"
            "some com|leva) (?:os |meus |os meus |as |minhas |as minhas |o meu |a minha |meu |"
            "minha |nossos |nossas )(?:filhos|filhas|filho|filha|criancas|miudos|bebe|meninos|"
            "meninas)|(?:esperou|esperando|apareceu|veio|chegou|seguiu|me esperou|me seguiu|"
            "me esperava|entrou|"
            "invadiu)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? com (?:uma|um|a|o|"
            "sua|seu) (?:faca|arma|revolver|pistola|canivete|facao|taco|emj_knife|emj_gun)",
        ),
        Rule(
            "danger",
            "(?:fazer|vai fazer|fazia|faria) (?:mal|alguma coisa) (?:ao|a|aos|"
            "as) (?:meu|minha|meus|minhas|nossos|nossas|nosso|nossa) (?:filho|filha|filhos|filhas|"
            "criancas|miudos|bebe)|(?:machucar|matar|bater) (?:o|a|os|as|no|na|nos) (?:meu|minha|"
            "meus|minhas) (?:filho|filha|filhos|filhas|criancas|miudos|bebe)|nunca mais (?:vai|"
            "vais|vou|voce vai|vc vai|tu vais) (?:ver|os ver|as ver|o ver|a ver) "
            + _CHILDREN
            + "|(?:eu )?nunca mais (?:os|as|o|a) (?:ver|veria|vou ver|ia ver)",
        ),
        Rule(
            "danger",
            "(?:tenho|to com|estou com|tou com) (?:muito )?medo (?:que|de que|q|dele|"
            "dela) (?:ele |ela )?(?:me )?(?:mate|matar|machuque|machucar|bata|bater|faca mal|"
            "faca algum mal|faca alguma coisa|fazer alguma coisa|me encontre|me ache|volte|"
            "apareca|me pegue|tire os|leve os)|(?:temo|medo) (?:pela|pela minha|por minha) vida|"
            "(?:tenho|to com|estou com) medo (?:pelos|pelas|pelo|pela) (?:meus|minhas|meu|"
            "minha) (?:filhos|filhas|filho|filha|criancas|miudos)|medo de (?:morrer nas maos dele|"
            "ele me matar|que ele me mate)",
        ),
        Rule(
            "danger",
            "nao me sinto (?:segura|seguro|a salvo) (?:em casa|na minha casa|com ele|"
            "com ela|em lado nenhum|em lugar nenhum|nem em casa)|(?:tenho|to com|"
            "estou com) medo de (?:voltar|ir|chegar|sair) (?:pra|para|a|de) (?:minha |"
            "a minha )?casa",
        ),
        Rule(
            "danger",
            _NOT + _PERSON + "(?: [^ ]+)?(?: ja| de novo| outra vez)? (?:me )?(?:bateu|"
            "batia|espancou|espancava|agrediu|agredia|estapeou|esbofeteou|chutou|chutava|empurrou|"
            "deu um tapa|deu uns tapas|deu um soco|deu socos|deu uma surra|deu um murro|"
            "deu murros|deu uma chapada|deu um estalo|enforcou|enforcava|estrangulou|sufocou|"
            "violentou|estuprou|forcou|quebrou meu|partiu me|bateu me|agrediu me|espancou me|"
            "empurrou me|chutou me|estrangulou me|enforcou me|abusou de mim)(?! (?:a porta|a mesa|"
            "no carro dele|na parede sozinho|pra (?:fazer|ser|tentar|ir)|a (?:fazer|ser|tentar)|"
            "um papo|uma saudade|uma bad|uma deprê|uma depre|na trave|o recorde)(?= ))",
        ),
        Rule(
            "danger",
            "(?:deu me|me deu|deu lhe|ele deu me) (?:um|uma|uns|umas) (?:tapa|tapas|"
            "bofetada|bofetadas|estalo|estalada|soco|socos|murro|murros|chapada|chapadas|pontape|"
            "pontapes|surra|sova|estaladao|cabecada|joelhada)|(?:empurrou|atirou|jogou|"
            "empurrou me|atirou me|jogou me|me empurrou|me atirou|me jogou|arrastou me|"
            "me arrastou) (?:pelas escadas|das escadas|escada abaixo|contra a parede|contra o|"
            "contra a|para o chao|no chao|ao chao|pro chao|pela casa|pelo cabelo|pelos cabelos)",
        ),
        Rule(
            "danger",
            "(?:apertou|apertava|aperta|pegou|agarrou|segurou|pega|"
            "agarra) (?:o )?(?:meu|no meu|o meu|pelo|pelo meu|me pelo) (?:pescoco|garganta|"
            "cabelo)|(?:maos|mao|as maos|as maos dele) (?:no|em volta do|ao redor do|à volta do|"
            "a volta do) (?:meu )?pescoco|me (?:enforcou|enforcava|estrangulou|estrangulava|"
            "sufocou|sufocava|asfixiou)|nao me deixava respirar|me (?:bateu|espancou|"
            "agrediu) (?:ate|tanto)|(?:fiquei|estou|to|tou) (?:cheia|cheio|toda|"
            "todo) (?:de )?(?:roxos|roxa|roxo|negras|nodoas negras|hematomas) (?:por causa dele|"
            "dele|que ele)",
        ),
        Rule(
            "danger",
            "(?:me|nos) (?:estuprou|violentou|violou|abusou|obrigou a ter relacoes|"
            "forcou a transar|forcou a ter)|abusou (?:sexualmente )?de mim",
        ),
        Rule(
            "danger",
            "(?:tem|tinha|comprou|arranjou|arrumou|trouxe|trazia|mostrou|puxou|sacou|"
            "pegou|anda com|carrega) (?:uma|um|a|o|sua|seu) (?:arma|revolver|pistola|faca|"
            "canivete|facao|espingarda|caçadeira|cacadeira|emj_knife|emj_gun|"
            "navalha)(?! (?:de brinquedo|de agua|de cozinha nova|no jogo)(?= ))",
        ),
        Rule(
            "danger",
            "(?:ameacou|ameaca|ameacava|ameaçou|atacou|veio|partiu pra cima|apontou|"
            "encostou) (?:me |de mim )?(?:com )?(?:uma|um|a|o) (?:arma|revolver|pistola|faca|"
            "canivete|facao|espingarda|garrafa|tesoura|martelo|taco|emj_knife|emj_gun)|(?:ameacou|"
            "ameacou me|me ameacou|ameaçou me) com (?:uma|um|a|o) [^ ]+|(?:apontou|encostou|pos|"
            "colocou) (?:a|uma|o|um) (?:arma|faca|revolver|pistola) (?:na|no|pra|para|em) (?:mim|"
            "minha|meu)",
        ),
        Rule(
            "danger",
            "(?:usar|vai usar|usa|usou|usaria) (?:ela |ele |a |isso )?(?:em mim|"
            "contra mim)|me (?:esfaqueou|deu uma facada|deu um tiro|deu tiro|atirou)|atirou em mim",
        ),
        Rule(
            "danger",
            "se (?:voce|vc|tu|voce nao|vc nao|tu nao) ?(?:nao )?(?:for|fores|ficar|"
            "ficares|e|es) (?:minha|meu|comigo)" + gap(3) + " (?:nao (?:vai|vais|sera|"
            "seras) (?:ser )?de|de) (?:mais )?ninguem|"
            "se nao for comigo(?: [^ ]+)?(?: [^ ]+)? nao (?:vai|e|sera) com (?:mais )?ninguem",
        ),
        Rule(
            "danger",
            _NOT + "(?:me|ele me|ela me) (?:segue|seguia|seguiu|ta seguindo|"
            "esta seguindo|fica seguindo|anda a seguir) (?:pra|para|por|a|ate) (?:todo lado|"
            "todo canto|todos os lados|todo o lado|toda parte|casa|o trabalho|a faculdade|"
            "a escola|o servico|onde eu vou|onde vou|a rua|o carro)|(?:me|m) (?:segue|"
            "seguiu) (?:de carro|de longe|a pe|na rua|o dia todo)|(?:segue|seguindo|"
            "a seguir) me (?:pra|para|por|a|ate) (?:todo lado|casa|o trabalho|a faculdade|"
            "a escola|todo o lado)",
        ),
        Rule(
            "danger",
            _NOT + "(?:me|m|ta me|tá me|esta me|anda me|fica me) (?:perseguindo|"
            "persegue|perseguia|perseguiu|vigiando|vigia|vigiava|espionando|espiona|rastreando|"
            "rastreia|stalkeando pessoalmente)(?! (?:nos|no|nas|na) (?:sonhos|pensamentos|insta|"
            "instagram|redes|face|tiktok|twitter)|essa (?:musica|lembranca|imagem)|a (?:lembranca|"
            "culpa)(?= ))|(?:anda a|esta a|ta a) (?:perseguir me|vigiar me|seguir me|espiar me)|"
            "(?:e|virou|um|uma) (?:perseguidor|perseguidora|stalker)(?! (?:do|de) (?:insta|"
            "instagram|redes)(?= ))",
        ),
        Rule(
            "danger",
            "(?:(?:fica|ficou|anda|ta|esta|vive) )?(?:rondando|a rondar|vigiando|"
            "a vigiar|cercando) (?:a |o )?" + _HOME + "|(?:ta|tá|esta|está|estava|fica|ficou|"
            "apareceu|para|parou|ficava|anda|parado|parada|esperando|rondando|a rondar|de vigia|"
            "me esperando|a espera) (?:de novo |outra vez |todo dia |sempre )?(?:na frente d[ao]|"
            "em frente (?:a|d[ao])|a frente d[ao]|a porta d[ao]|na porta d[ao]|"
            "do lado de fora d[ao]|perto d[ao]|ao pe d[ao]|a volta d[ao]|na rua d[ao]|fora d[ao]) "
            + _HOME
            + "(?! (?:pra|para) (?:devolver|buscar|trazer|entregar|pegar)(?= ))",
        ),
        Rule(
            "danger",
            _NOT + "(?:ta|tá|esta|anda|fica|ficou|esta a|ta a) me (?:seguindo|"
            "perseguindo|vigiando|espionando|rastreando|seguir|perseguir|vigiar)(?= $| (?:de novo|"
            "desde|todo dia|todos os dias|ha dias|na rua|ate|pra|por|e|no carro|de carro|a pe|"
            "outra vez|sempre|toda hora)(?: |$))",
        ),
        Rule(
            "danger",
            "(?:anda|vem|veio|vai|andava|esta|ta|tá|fica|ficou) atras de mim(?= $|"
            " (?:ate|pra|para|por|todo|toda|na rua|de carro|a pe|desde|outra vez|de novo|"
            "sempre)(?: |$))|" + _NOT + "(?:me (?:ameaca|ameacou|ameacava|ta ameacando|"
            "esta ameacando|anda ameacando|vive ameacando)|(?:ameaca|ameacou|"
            "ameacava) me)(?! (?:(?:de )?(?:processar|contar|terminar|expor|denunciar|deixar|"
            "ir embora|bloquear|me bloquear|sair|me deixar|ficar com|me processar|me denunciar|"
            "me expor|me bloquear|postar|falar|acabar)|com (?:processo|advogado|a justica))(?= ))",
        ),
        Rule(
            "danger",
            "(?:me espera|me esperando|me esperava|esta a minha espera|ta me esperando|"
            "fica a minha espera|fica me esperando)(?: [^ ]+)? (?:na saida|a saida|na porta|"
            "la fora|do lado de fora|escondido|todo dia|todos os dias|na esquina)",
        ),
        Rule(
            "danger",
            "(?:apareceu|aparece|veio|foi|chegou|surgiu|invadiu) (?:no|na|em|ao|a|la|"
            "la no|la na) (?:meu|minha|nossa|nosso|casa|em casa)(?: [^ ]+)?"
            + gap(10)
            + " (?:medo|assustada|assustado|gritando|aos gritos|aos berros|berrando|bebado|bebada|"
            "ameacando|ameaçando|socando|esmurrando|batendo na porta|policia|seguranca|segurança|"
            "apavorada|apavorado|tremendo|violento|violenta|faca|arma|me escondi|tranquei|"
            "nao queria ir embora|nao ia embora)",
        ),
        Rule(
            "danger",
            "(?:apareceu|aparece|surgiu|invadiu) (?:no|na|em|ao|a) (?:meu|"
            "minha) (?:casa|trabalho|servico|emprego|faculdade|escola|ape|apartamento|predio)",
            ask=True,
        ),
        Rule(
            "danger",
            "(?:sabe|descobriu|ja sabe|achou|encontrou|ficou a saber) (?:onde|"
            "aonde) (?:eu )?(?:moro|estou|trabalho|vivo|fico|durmo|me mudei|to morando|"
            "estou a morar)",
        ),
        Rule(
            "danger",
            "(?:colocou|pos|instalou|escondeu|botou) (?:um |uma )?(?:rastreador|gps|"
            "localizador|airtag|app espiao|aplicativo espiao|camera) (?:no|na|em) (?:meu|minha)|"
            "(?:rastreia|rastreando|espiona|espionando|hackeou|hackeia|"
            "invadiu) (?:o )?(?:meu )?(?:celular|telemovel|telefone|localizacao|whatsapp|email|"
            "contas)",
        ),
        Rule(
            "danger",
            "(?:arrombou|arrombar|tentou arrombar|quebrou|tentou quebrar|chutou|"
            "chutava|esmurrou|esmurrava|socava|socou) (?:a|minha|a minha) (?:porta|janela|"
            "fechadura)|(?:invadiu|entrou a forca|entrou a força|entrou sem) (?:na|em) (?:minha|"
            "a minha) (?:casa|ape|apartamento|quarto)|(?:riscou|furou|quebrou|destruiu|"
            "partiu) (?:o meu|meu|os pneus do meu|os vidros do meu) (?:carro|pneus|vidros)",
        ),
        Rule(
            "danger",
            "(?:mandou|manda|mandando|enviou) (?:uma |umas )?(?:foto|fotos|"
            "video) (?:da|de|do) (?:minha|meu) (?:casa|porta|janela|carro|trabalho|rua)|"
            "me trancou|me tranca|nao me deixa sair(?: de casa)?|(?:ficou|fica|e|foi|esta|"
            "ta) (?:muito |super |mto )?(?:violento|violenta|agressivo comigo|agressiva comigo)",
        ),
        Rule(
            "danger",
            "(?:tenho|to com|estou com|tou com) (?:muito )?medo (?:dele|dela|do meu ex|"
            "da minha ex|do que ele (?:pode|possa|e capaz de) fazer)|(?:vai|vais|voce vai|"
            "vc vai) se arrepender|(?:vai|vais) me pagar|(?:vai|vais|voce vai|vc vai) pagar caro|"
            "medida protetiva|medida de protecao|ordem de restricao|(?:vazar|postar|mandar|"
            "espalhar|publicar) (?:as )?(?:minhas )?(?:fotos intimas|nudes|fotos nua|fotos pelada|"
            "videos intimos)",
            ask=True,
        ),
        Rule(
            "danger",
            "(?<!pra mim )(?<!para mim )(?:voce|vc|tu) (?:ta|esta|estas|"
            "tas) mort[ao](?! (?:pra mim|para mim|kk[^ ]*|rs[^ ]*)(?= ))|(?:vou|"
            "eu vou) te matar(?= $| (?:se|quando|juro|sua|seu)(?: |$))",
            ask=True,
        ),
        # --- wider families: the same intents in other words ---
        # Explicit ways of dying are no joke even with laughter (only hyperboles are downgraded).
        Rule(
            "suicidal",
            _NOT + _WANT + " (?:me suicidar|suicidar me|tirar (?:a )?(?:minha )?(?:propria )?"
            "vida|acabar com (?:a )?minha vida|dar cabo da (?:minha )?vida|por fim a (?:minha "
            ")?vida|"
            "me enforcar|enforcar me|me envenenar|envenenar me|cortar os pulsos|deixar de existir|"
            "nao acordar mais|meter uma bala na cabeca)",
        ),
        Rule(
            "suicidal",
            "(?:me jogar|jogar me|me atirar|atirar me|me jogo|atiro me|me atiro|pular|"
            "saltar|me lancar|lancar me) (?:da|de|do|pela|pelo|de cima d[oa]|no|na) (?:[^ ]+ "
            ")?(?:janela|"
            "ponte|predio|sacada|varanda|viaduto|penhasco|telhado|terraco|laje|precipicio|abismo)",
            ask=True,
        ),
        Rule(
            "suicidal",
            _NOT + "(?:(?:nao|ja nao|n) (?:quero|kero|qro) mais (?:viver|existir|continuar "
            "vivendo|continuar viv[ao]|seguir vivendo)|(?:nao|ja nao|n) (?:quero|kero|qro) "
            "(?:viver|"
            "existir) mais|ja nao quero viver)(?! (?:com|em|na|no|aqui com|junto|juntos|perto|"
            "longe|ali|"
            "la|de aluguel)(?= ))",
        ),
        Rule(
            "suicidal",
            "(?:nao|n|ja nao) (?:vejo|tenho|encontro|acho) (?:mais )?(?:nenhum |nenhuma )?"
            "(?:motivo|razao|sentido|porque)(?: nenhum| nenhuma| algum)? (?:pra|para|de|em) "
            "(?:continuar|"
            "ficar|seguir|estar) (?:aqui|vivo|viva|vivendo|neste mundo|nesse mundo|respirando|"
            "existindo)"
            "(?! (?:nesse|neste|nessa|nesta|no|na|com) (?:emprego|trabalho|cidade|empresa|"
            "relacionamento|"
            "casa|curso|grupo|ele|ela)(?= ))",
        ),
        Rule(
            "passive",
            "se eu (?:sumir|morrer|desaparecer|me for|for embora|me matar)(?: [^ ]+)? "
            "(?:ninguem|ngm|nem uma pessoa) (?:vai|ia|iria)(?: nem| sequer)? (?:perceber|notar|"
            "sentir "
            "(?:a )?(?:minha )?falta|ligar|se importar|dar falta|chorar)",
        ),
        Rule(
            "passive",
            "(?:ninguem|ngm) (?:vai|ia|iria) (?:nem|sequer) (?:perceber|notar|sentir falta|"
            "ligar|se importar)(?= $| (?:ne|nada|se|mesmo|kk[^ ]*|quando)(?: |$))",
            ask=True,
        ),
        Rule(
            "suicidal",
            "(?:pensando|penso|pensei|to pensando|planejando|planejei|pensano) (?:em |no )?"
            "(?:como|quando|onde) (?:vou |eu vou |eu )?(?:fazer|fazer isso|faco|faço|fazer lo|"
            "acabar com "
            "tudo)(?= $| (?:ja|isso|direito|de vez|sem dor)(?: |$))",
            ask=True,
        ),
        Rule(
            "suicidal",
            "(?:pensando|pensano|penso|pensei|pensar|pensamento|pensamentos) (?:em|no|ni|nu|"
            "sobre) (?:o )?(?:suicido|suicidiu|suicidio|suecidio|sucidio)|(?:pesquiso|pesquisando|"
            "pesquisei|procuro|procurando|procurei|busquei|googlei|jogo no google|joguei no "
            "google) "
            "(?:no google |na internet )?(?:como|formas de|jeitos de|maneiras de|metodos de|o "
            "jeito de) "
            "(?:se matar|me matar|suicidar|me suicidar|morrer sem dor|tirar a (?:propria )?vida)",
        ),
        Rule(
            "suicidal",
            "(?:jogar|jogo|jogaria|jogando|atirar|atiro|lancar|lanco|enfiar|enfio|meter) (?:o|"
            "meu|o meu) carro (?:da ponte|la embaixo|la de cima|no rio|na represa|no mar|"
            "contra (?:o|a|um|uma) [^ ]+|de cima|pela ribanceira|no precipicio|num caminhao|"
            "embaixo de|debaixo de|na frente de|ponte abaixo)",
        ),
        Rule(
            "passive",
            "(?:podia ter|poderia ter|quase|era pra ter|devia ter) (?:batido|morrido|me "
            "atropelado|capotado|caido)" + gap(8) + " (?:decepcionad[ao]|frustrad[ao]|infelizmente|"
            "queria que|uma pena|desapontad[ao]|pena que nao)",
        ),
        Rule(
            "passive",
            "(?:peco|pedindo|pedi|rezo|rezando|oro|orando|implorando|imploro|peço) (?:pra|para|"
            "a) (?:deus|deusinho|o universo|jesus|o ceu)(?: [^ ]+)? (?:me levar|que me leve|"
            "me buscar|que me busque|me tirar daqui|me recolher|me deixar morrer)|(?:deus|"
            "senhor)(?: [^ ]+)? me (?:leva|leve|busca|busque)(?= $| (?:logo|de uma vez|embora|"
            "agora|por favor|enquanto)(?: |$))",
        ),
        Rule(
            "passive",
            "(?:nao ligaria|nao me importaria|nao me importava|tanto faz|pouco me importa|"
            "nao ia ligar|nao iria ligar)(?: [^ ]+)? (?:de |se )?(?:nao estar mais aqui|"
            "nao estar aqui|nao acordar|morrer|nao existir|sumir|deixar de existir|eu morresse|"
            "eu nao acordasse|me acontecesse alguma coisa)(?! (?:na|no|em|da|do) (?:festa|grupo|"
            "escola|aula|reuniao|viagem)(?= ))",
        ),
        Rule(
            "passive",
            "(?:queria|quero|tomara|quem me dera|torco|torço)(?: que| q)? (?:desse|de|me desse|"
            "me de|viesse|venha) (?:um|uma) (?:treco|troco|piripaque|infarto|ataque cardiaco|"
            "aneurisma|avc|cancer|doenca)(?: [^ ]+)?(?: em mim| e pronto| e eu morresse|"
            " e acabou| e morrer)?|(?:um|uma) (?:infarto|aneurisma|treco|avc) (?:e pronto|"
            "e acabou|e fim|e morrer)",
        ),
        Rule(
            "passive",
            "(?:seria|era|ia ser|vai ser)(?: tudo)?(?: tao| muito| bem| mil vezes)? (?:melhor|"
            "mais facil|mais simples|mais leve)(?: pra todos| pra todo mundo| para todos| pra eles|"
            " pra "
            "minha familia)? se (?:eu )?(?:simplesmente |so |apenas |ja )?(?:nao existisse|"
            "morresse|"
            "sumisse|desaparecesse|nao tivesse nascido|nao estivesse (?:mais )?aqui|nao estivesse "
            "viv[ao]|"
            "nao acordasse)",
        ),
        Rule(
            "passive",
            "(?:nao|ja nao|logo nao|em breve nao|logo logo nao) (?:vou|vai) (?:mais )?ser "
            "(?:um |uma )?(?:problema|peso|fardo|estorvo|incomodo) (?:pra|para) (?:ninguem|voces|"
            "vcs|ngm|"
            "minha familia)|(?:logo logo |em breve |logo |daqui a pouco )(?:voces|vcs|vc|voce|"
            "todos|"
            "todo mundo) (?:vao|vai) ficar (?:em paz|livres de mim|livre de mim|melhor sem mim)",
        ),
        Rule(
            "plan",
            "(?:deixei|escrevi|deixo|escrevo|terminei) (?:uma |a |umas |as )?(?:carta|cartas|"
            "bilhete|bilhetes) (?:pra|para|pro|pros|pras|a|ao) (?:minha|meu|meus|minhas|a minha|o "
            "meu|"
            "mae|pai) [^ ]*(?: [^ ]+)? (?:e )?(?:outra|outro|mais uma|uma) (?:pra|para|pro|ao|a)|"
            "(?:cartas|bilhetes) (?:pra|para|pro|pros|pras) (?:minha|meu|meus|minhas) [^ ]+"
            + gap(8)
            + " (?:hoje|e hoje|esta noite|essa noite|hj|adeus|chegou a hora)",
        ),
        Rule(
            "plan",
            "(?:deixei|dei|entreguei|doei|passei) (?:o|a|meu|minha|o meu|a minha) (?:gato|gata|"
            "cachorro|cachorra|cao|cadela|pet|bichinho|passarinho|coelho|peixe)(?: [^ ]+)? (?:com|"
            "pra|para|"
            "pro|a|ao)"
            + gap(10)
            + " (?:senhas|resolvo isso|adeus|despedi|carta|nao vou mais|ja era|"
            "pra sempre|para sempre)",
        ),
        Rule(
            "plan",
            "(?:mandei|passei|deixei|enviei|anotei) (?:as |minhas |todas as )?senhas (?:pra|para|"
            "pro|do banco|das contas|de tudo)|hoje eu resolvo isso(?= $)",
            ask=True,
        ),
        Rule(
            "self_harm",
            "(?:fiz|faco|faço|fazendo|fazer|fiz mais) (?:uns |umas |mais |outros |outras )?"
            "(?:cortes|cortinhos|marquinhas|marcas|riscos|risquinhos|arranhoes|feridas|"
            "queimaduras) "
            "(?:em mim|(?:na|no|nos|nas|pelo|pela) (?:braco|bracos|perna|pernas|barriga|pulso|"
            "pulsos|"
            "coxa|coxas|pele|mao|maos|corpo))|(?:apaguei|apago|apagar) (?:um |o |uns )?(?:cigarro|"
            "cigarros|bituca) (?:no|na|em) (?:meu |minha )?(?:braco|mao|pele|perna|pulso|coxa)",
        ),
        Rule(
            "self_harm",
            "(?:bati|bato|batendo|bater|batia) (?:com )?(?:a )?(?:minha )?cabeca (?:na|contra a|"
            "contra|no) (?:parede|porta|chao|espelho|mesa)(?: [^ ]+)?(?: [^ ]+)? (?:ate|"
            "de proposito|pra|para|so assim|varias vezes|sem parar|toda vez)",
        ),
        Rule(
            "danger",
            "se (?:eu |ele |ela )?(?:me |te )?(?:ver|vir|pegar|encontrar|flagrar|ve) (?:me |te "
            ")?(?:com|"
            "junto com|junto de) (?:outro|outra|alguem|outro cara|outro homem|outra pessoa|um cara|"
            "outra mulher)"
            + gap(6)
            + " (?:mata|matar|mato|vai matar|morre|morrem|nos dois|os dois|"
            "as duas|desfigura|quebra|arrebenta|acaba com|marca|faz alguma coisa|nao responde)",
        ),
        Rule(
            "danger",
            "(?:sabe|descobriu|ja sabe) (?:onde|aonde) (?:eu )?(?:to|tou|ando|vou|estive|"
            "estava|saio)(?= $| (?:o tempo todo|toda hora|sempre|a todo momento|e|agora|hoje)(?: |"
            "$))|"
            "(?:instalou|botou|colocou|pos) (?:alguma coisa|algo|um app|um aplicativo|um programa|"
            "um rastreador|uma coisa) (?:no|em|dentro do) (?:meu )?(?:celular|telemovel|telefone|"
            "carro|"
            "cel)",
        ),
        Rule(
            "danger",
            "(?:mandou|manda|enviou|mostrou|postou) (?:me |pra mim )?(?:uma |umas )?(?:foto|"
            "fotos|video|videos|print) (?:de|da|do) (?:uma |um |sua |seu |a |o )?(?:arma|armas|"
            "faca|facas|"
            "revolver|pistola|espingarda|bala|balas|facao|emj_gun|emj_knife)",
        ),
        Rule(
            "danger",
            "(?:as criancas|os meninos|as meninas|meus filhos|os filhos|minha filha|meu filho|"
            "os miudos|o bebe) (?:vao|vai|iam|irao) (?:pagar|sofrer|sumir)|(?:vai|vou) (?:sumir|"
            "desaparecer) com (?:as criancas|os meninos|meus filhos|os filhos|minha filha|meu "
            "filho|"
            "o bebe|os miudos)",
        ),
        Rule(
            "danger",
            "(?:esmurrando|socando|chutando|batendo forte (?:na|em)|forcando|arrombando|"
            "tentando arrombar|tentando abrir) (?:a |minha |a minha )?(?:porta|janela|fechadura)|"
            "me tranquei (?:no|na|em) (?:banheiro|quarto|casa de banho)"
            + gap(6)
            + " (?:medo|socorro|apavorad[ao]|ele ta|ele esta|ela ta)",
        ),
        Rule(
            "danger",
            "(?:fotos|foto|videos) (?:minhas|minha|de mim) (?:na rua|no mercado|saindo|"
            "entrando|chegando|em casa|no trabalho|na faculdade|na academia|dormindo|pela janela)|"
            "(?:um cara|alguem|um homem) (?:perguntou|perguntando|veio perguntar) (?:por mim|sobre "
            "mim|"
            "onde eu)",
        ),
        Rule(
            "other_at_risk",
            "(?:cuida|cuide|cuidem|toma conta|cuidar) (?:do|da|dos|das|de) [^ ]+ "
            "(?:por mim|pra mim)|(?:se despediu|mandou um adeus|pediu desculpa por tudo|desculpa "
            "por "
            "tudo|nao vou mais incomodar)"
            + gap(10)
            + " (?:nao atende|nao responde|nao me responde|"
            "nao me atende|celular desligado|desligou o celular|nao da sinal|sumiu)",
        ),
        Rule(
            "self_harm",
            "(?:recai|recaida|recair|de novo|dnv|outra vez)(?: [^ ]+)? (?:emj_knife|emj_blood)",
        ),
        Rule(
            "danger",
            "ou (?:e|es|vai ser|voce e|vc e|tu es) (?:minha|meu) ou (?:de )?(?:ninguem|mais "
            "ninguem)",
        ),
        # --- round 2: indirect decisions, passive wishes, plans said without naming death ---
        Rule(
            "suicidal",
            "(?:seria|era|ficaria|vai ser|ia ser) (?:bem |muito )?(?:mais leve|melhor|mais facil) "
            "sem mim|"
            "(?:teriam|estariam|seriam|viveriam|ficariam|iam ficar|vao ficar|vao viver) (?:uma"
            " vida )?"
            "(?:mais leve|melhor|mais felizes|mais tranquil[oa]s|bem melhor|muito melhor) sem "
            "(?:a mae|o pai|mim|eu|alguem como eu|uma mae como eu|um pai como eu)",
        ),
        Rule(
            "suicidal",
            "(?:pensar|pensando|penso|pensei|a pensar) (?:em|no|na) (?:como fazer isso|como fazer|"
            "a forma de fazer|o jeito de fazer|como vou fazer)|(?:resolver|resolvo|vou resolver) "
            "(?:isso |tudo )?do meu jeito|(?:por|dar|botar) (?:um )?fim a (?:isto|isso|tudo|"
            "tudo isto|tudo isso)(?: de vez)?",
            ask=True,
        ),
        Rule(
            "suicidal",
            "(?:por|dar|botar|pôr) (?:um )?fim a (?:isto|isso|tudo|tudo isto|tudo isso)"
            + gap(6)
            + " (?:nao|n) (?:estou a falar|to falando|tou falando|falo|estou falando) "
            "(?:d[ao]|de) (?:relacao|namoro|casamento|trabalho|emprego)|(?:vai passar|nao passa)"
            + gap(8)
            + " (?:resolver|resolvo) (?:isso |tudo )?do meu jeito|"
            "ninguem (?:vai|vai me|me vai|pode|consegue) (?:me )?(?:impedir|parar|segurar)",
        ),
        Rule(
            "suicidal",
            "(?:ja )?(?:nao|n) (?:penso|me pergunto|pergunto) (?:mais )?se(?: [^ ]+)?(?: [^ ]+)? "
            "(?:penso|me pergunto|pergunto|so penso|so|mas|e sim|so me pergunto) (?:em )?(?:qu"
            "ando|como)",
        ),
        Rule(
            "suicidal",
            "decidi (?:q|que) (?:nao|n) (?:vou continuar|continuo|vou seguir|sigo|aguento mais)"
            "(?! (?:no|na|com|trabalhando|estudando|aqui|ali|pagando|indo)(?= ))",
        ),
        Rule(
            "suicidal",
            "(?:devolvi|ja devolvi|devolver) (?:as coisas|tudo)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? "
            "(?:emprestad[oa]s?|emprestado)|(?:nao|n) quero deixar (?:divida|dividas|nada "
            "pendente|pendencias)",
            ask=True,
        ),
        Rule(
            "suicidal",
            "(?:tirar|tira|tirei) (?:a |mi |minha |a minha )?(?:propria )?(?:vida|mi vida)|"
            "sem mim (?:daqui a pouco|em breve|logo|daqui uns dias|daqui a uns dias)",
        ),
        Rule(
            "passive",
            "desaparecer (?:tipo |de vez |assim )?(?:pra|para) sempre|"
            "deus (?:podia|pode|poderia|bem que podia|bem que poderia|devia) me levar|"
            "(?:cansad[oa]|fart[oa]|exaust[oa])" + gap(4) + " de (?:existir|estar viv[oa]|"
            "respirar|continuar viv[oa])",
        ),
        Rule(
            "passive",
            "se eu (?:morresse|sumisse|nao acordasse|partisse)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? "
            "(?:era|seria|ia ser) (?:um |uma )?(?:alivio|descanso|bencao|melhor)|"
            "(?:adormecia|dormisse|adormecesse|dormia|durmo) e (?:ja )?(?:nao|n) (?:acordava|"
            "acordasse|acordar|acordo)",
        ),
        Rule(
            "passive",
            "(?:tomara|oxala|queria|espero|torco pra|torco para|rezo pra)(?: [^ ]+)? (?:q|que) "
            "(?:eu )?(?:pegue|apanhe) (?:uma doenca|um cancer|alguma doenca|algo)|(?:torco|torcer|"
            "queria|tomara|espero)(?: [^ ]+)? (?:pra|para|que|q) (?:um|uma|o|a) (?:onibus|carro|"
            "caminhao|camiao|autocarro|moto|trem|comboio) me (?:pegue|pegar|atropele|atropelar|"
            "acerte|acertar)",
        ),
        Rule(
            "plan",
            "(?:ver|ler|receber|encontrar|veja|leia|receba|encontre) quando eu (?:ja )?(?:tive"
            "r ido|"
            "nao estiver|nao existir|n estiver|tiver partido)|(?:agendei|programei|deixei agen"
            "dad[oa])"
            " (?:uma |a )?(?:msg|mensagem|email|post)" + gap(8) + " (?:quando eu|depois|adeus|"
            "despedida)",
        ),
        Rule(
            "plan",
            "(?:estou|to|tou|sentad[oa]|em pe|parad[oa]) (?:no cimo|no topo|na beira|na borda|"
            "no alto|em cima|na ponta|no parapeito) d[aoe] (?:falesia|penhasco|ponte|predio|"
            "telhado|terraco|viaduto|precipicio|arriba|escarpa)",
        ),
        Rule(
            "plan",
            "(?:escolhi|ja escolhi|decidi|marquei) o (?:lugar|sitio|local|metodo|jeito) e o "
            "(?:dia|data|hora|momento)(?! (?:do|da|de|pro|pra|para)(?= ))|(?:escolhi|ja escolhi|"
            "decidi|marquei) o (?:dia|data) e o (?:lugar|sitio|local|metodo)(?! (?:do|da|de|pro|"
            "pra|para)(?= ))|(?:uma )?(?:carta|cartas|nota|bilhete) (?:pra|para|a) "
            "cada um dos (?:meus|nossos) (?:filhos|filhotes|netos|miudos)|(?:junto com o|junto ao|"
            "com o|ao lado do) testamento",
        ),
        Rule(
            "plan",
            "(?:cartela|caixa|frasco|vidro)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? "
            "(?:destaquei|tirei|separei|contei) (?:todos|todas|tudo|os comprimidos|as pilulas)|"
            "(?:destaquei|separei|contei) (?:todos|todas) (?:os comprimidos|as pilulas|os reme"
            "dios)",
        ),
        Rule(
            "plan",
            "so (?:queria|quero) (?:q|que) alguem (?:soubesse|saiba)|(?:nao|n) vou mais "
            "precisar(?! (?:do|da|de|dos|das|disso|dele|dela|trabalhar|ir|pagar|comprar|usar|"
            "fazer)(?= ))|(?:o|a) (?:gato|gata|cachorro|cachorra|cao|cadela) (?:fica|vai ficar"
            ") com "
            "(?:a|o|minha|meu) [^ ]+|valeu pelas conversas|obrigad[oa] pelas conversas",
            ask=True,
        ),
        Rule(
            "self_harm",
            "(?:na coxa|nas coxas|no quadril|na barriga|no braco|nos bracos|no pulso|nos pulsos|"
            "nas pernas|na perna) (?:pra|para|pro|onde|assim) (?:que )?(?:ninguem|nigem) (?:ver|"
            "veja|ve|perceber|perceba|repare|note)|so a (?:lamina|gilete|navalha|lamina de barbear)"
            "(?: [^ ]+)? (?:faz|me|acalma|cala|ajuda)",
        ),
        Rule(
            "self_harm",
            "(?:soquei|socava|soco|socar|bati|esmurrei|murrei|dei murros|dei socos) (?:n)?(?:o"
            " espelho|"
            "a parede|a porta|o muro|na parede|no espelho|no muro)(?: [^ ]+)?(?: [^ ]+)? ate "
            "(?:a mao |os dedos |o punho )?(?:sangrar|desmaiar|quebrar|abrir)|"
            "(?:bati|batendo|bato) (?:com )?a cabeca (?:na|contra a) parede ate",
        ),
        Rule(
            "self_harm",
            "(?:banheiro|casa de banho) (?:de novo|outra vez)",
            ask=True,
        ),
        Rule(
            "other_at_risk",
            "(?:dando|doando|doou|deu|distribuindo|dar) (?:todas )?as coisas del[ea]"
            + gap(6)
            + " (?:despedindo|despediu|despedida|despede|despedir)|(?:postou|mandou|escreveu|"
            "publicou|colocou)(?: [^ ]+)?(?: [^ ]+)? (?:desculpa|desculpe|perdao) por tudo",
        ),
        Rule(
            "other_at_risk",
            "se despedindo (?:estranho|esquisito|de todo mundo)|dando as coisas del[ea]|"
            "(?:cel|celular|telemovel) (?:ta|esta) desligado",
            ask=True,
        ),
        Rule(
            "danger",
            "(?:chutando|socando|esmurrando|forcando|arrombando|tentando arrombar|arrombou|"
            "esmurrou) (?:n)?(?:o|a) (?:porta|portao|janela)(?! do carro| do armario)|(?:to|estou|"
            "tou|fiquei) trancad[oa] no (?:banheiro|quarto|armario)" + gap(6) + " (?:medo|socorro|"
            "me ajuda|escondid[oa]|ele ta|ela ta|ele esta|ela esta)",
        ),
        Rule(
            "danger",
            "(?:matou|mataram|envenenou|machucou|enforcou) (?:o |a )?(?:meu|minha) (?:gato|gata|"
            "cachorro|cachorra|cao|cadela|pet|bicho|coelho)|se(?: eu| tu| voce| vc)? (?:nao|n)"
            " (?:for|ficar|fores|"
            "es|ficares) (?:dele|dela|meu|minha|comigo)(?: [^ ]+)?(?: [^ ]+)? (?:nao|n) (?:e|sera|"
            "vai ser|fica|sou|es|vai ficar|ficas) de "
            "(?:mais )?ninguem|(?:da|na) proxima vez(?: [^ ]+)? (?:nao|n) (?:vai parar|para|"
            "vai se segurar|me solta)",
        ),
        Rule(
            "danger",
            "(?:parad[oa]|estacionad[oa]|plantad[oa]|esperando)(?: com o carro| no carro)? "
            "(?:na frente|em frente|a porta|na porta|do lado de fora) d[oae] (?:meu|minha|o|a) "
            "[^ ]+" + gap(5) + " (?:nao desce|so fica olhando|so olha|olhando|me olhando|"
            "vigiando|observando|a minha espera|de novo)",
        ),
        # Round 3: indirect exits, quiet plans and hidden harm, said without naming death.
        Rule(
            "suicidal",
            "(?:como|q|que|quao) (?:seria|e|era) facil (?:so )?(?:nao (?:virar|frear|parar)|jogar"
            " o carro|"
            "sair da estrada|me soltar|pular|me jogar|bater)",
        ),
        Rule(
            "suicidal",
            "(?:jeito|forma|maneira|versao) de (?:sair|eu sair) (?:dessa|disso|daqui)? ?viv[oa]",
            ask=True,
        ),
        Rule("suicidal", "sem mim" + gap(10) + " (?:deixar|tornar|fazer) (?:isso |isso )?oficial"),
        Rule(
            "suicidal",
            "(?:se|quando) eu (?:simplesmente |so )?(?:deixasse|deixar|parasse) de (?:estar"
            " aqui|existir|estar|viver)",
        ),
        Rule(
            "suicidal",
            "(?:saida|opcao|solucao|porta|caminho)"
            + gap(6)
            + " (?:e )?(?:a )?(?:definitiva|permanente|final)",
        ),
        Rule(
            "suicidal",
            "(?:nao|ja nao) (?:vou|vai|vai mais) (?:estar|ta|to) (?:aqui |vivo |viva"
            " )?(?:no|pro|para o|em|pra) "
            "(?:natal|meu aniversario|ano novo|verao|ano q vem|ano que vem)",
        ),
        Rule(
            "suicidal",
            "(?:decidiu|decidi|decidir) (?:q|que) nao (?:vai|vou) (?:estar|ta) aqui",
        ),
        Rule(
            "suicidal",
            "(?:alguma|uma|qualquer) (?:noite|dia|vez) (?:dessas )?(?:eu )?nao"
            " (?:volto|voltarei|vou voltar)",
        ),
        Rule(
            "suicidal",
            "(?:eu )?me mato (?:dessa vez|desta vez|de verdade|serio|hoje)",
        ),
        Rule(
            "suicidal",
            "(?:terminar|acabar com|tirar) (?:a )?minha (?:propria )?vida",
        ),
        Rule(
            "suicidal",
            "(?:pesquisando|pesquisei|pesquiso|procurando|googlando|buscando) (?:no google |na"
            " internet )?"
            "(?:umas |as )?(?:coisas|formas|jeitos|metodos|como)"
            + gap(3)
            + " (?:q|que) nao (?:devia|deveria|devo)",
            ask=True,
        ),
        Rule(
            "suicidal",
            "(?:motivos|razoes) (?:pra|para|de) (?:ficar|viver|continuar|seguir|aguentar)"
            + gap(8)
            + " (?:diminui|menor|mais curta|nao consegui|nenhum|acabando)",
        ),
        Rule(
            "suicidal",
            "ninguem (?:ia|iria|vai) (?:nem )?(?:perceber|notar|sentir falta)"
            + gap(8)
            + " (?:aluguel|conta|vencer|cheiro)",
        ),
        Rule("suicidal", "quero sair" + gap(10) + " (?:de tudo|da vida|desse mundo|deste mundo)"),
        Rule(
            "suicidal",
            "(?:quero|preciso) (?:sair|ir embora) (?:de tudo|da vida|desse mundo|deste mundo)",
        ),
        Rule(
            "suicidal",
            "(?:ja )?(?:escolhi|tenho|marquei|defini) (?:a|o) (?:data|dia)"
            + gap(5)
            + " (?:paz|calma|tranquil[oa]|alivio|leve|esquisit[oa])",
            ask=True,
        ),
        Rule(
            "passive",
            "(?:dormir|dormisse)"
            + gap(3)
            + " (?:e )?(?:pular|pulasse) o resto da (?:vida|minha vida)",
        ),
        Rule(
            "passive",
            "se (?:um|uma) (?:onibus|carro|caminhao|trem|moto) me"
            " (?:pegar|pegasse|atropelar|atropelasse)",
        ),
        Rule("passive", "(?:torco|torcendo|espero|queria|rezo) (?:pra|para) (?:eu )?nao acordar"),
        Rule("passive", "(?:torcendo|torco|queria) (?:pro|para o|pra o) aviao cair"),
        Rule(
            "passive",
            "(?:queria|quero) sumir" + gap(6) + " (?:parar de existir|nao existir|sem cena)",
        ),
        Rule(
            "passive",
            "(?:pra|para|por) nao ser" + gap(2) + " nao (?:mort[oa]) (?:exatamente|mesmo)",
        ),
        Rule(
            "passive",
            "(?:cansad[oa]|exaust[oa]|farto|farta) de (?:acordar|estar"
            " viv[oa]|existir|respirar|viver)",
        ),
        Rule("passive", "(?:seria bom|seria melhor|queria|melhor) nao existir"),
        Rule(
            "passive",
            "(?:aniversario|niver|natal)"
            + gap(16)
            + " (?:e )?(?:nao ter|nao chegar a|nao ver) outro",
        ),
        Rule(
            "passive",
            "se eu (?:sumisse|morresse|desaparecesse|fosse embora) (?:pra sempre|para"
            " sempre|amanha|hoje)? ?"
            "(?:faria (?:alguma )?diferenca|alguem ia (?:perceber|ligar|notar)|importaria)",
        ),
        Rule(
            "plan",
            "(?:os |as |meus |minhas )?(?:remedios|comprimidos|pilulas|laminas|corda|arma)"
            " (?:tao|estao|ta|esta) "
            "(?:na mesa|aqui|na minha frente|do meu lado|na minha mao|separad[oa]s|pront[oa]s|na"
            " cama)",
        ),
        Rule(
            "plan",
            "(?:o bilhete|a carta) (?:ta|esta|fica|deixei) (?:no|na|em cima|embaixo|debaixo)",
        ),
        Rule(
            "plan",
            "(?:subindo|vou subir|to indo|estou indo) (?:pro|para o|ao|pra)"
            " (?:terraco|telhado|topo)",
        ),
        Rule("plan", "(?:na garagem|garagem) com o carro (?:ligado|funcionando)"),
        Rule(
            "plan",
            "(?:apaguei|paguei|devolvi|quitei) (?:minhas|o q|o que|as|todas|meu)"
            + gap(18)
            + " (?:escrevi|carta|bilhete|e a hora|amanha)",
        ),
        Rule(
            "plan",
            "(?:amanha|hoje a noite|sexta) (?:quando|depois q|depois que|assim q) (?:todo"
            " mundo|todos|eles|a familia)" + gap(6) + " (?:e a hora|e o dia|e quando|eu faco)",
        ),
        Rule(
            "self_harm",
            "(?:isqueiro|cigarro|chapinha|ferro|colher quente)"
            + gap(4)
            + " (?:no|na|contra o|contra a|em)"
            " (?:pulso|pulsos|braco|bracos|pele|perna|pernas|coxa|coxas)",
        ),
        Rule("self_harm", "me (?:queimando|queimo|queimei|queimar) com"),
        Rule(
            "self_harm",
            "(?:voltei|volto|to voltando) (?:pras|para as|as|pra) (?:laminas|giletes|navalhas)",
        ),
        Rule(
            "self_harm",
            "(?:bato|bati|batendo|dou socos|soco) (?:na|a|minha) (?:minha )?(?:cabeca|parede)"
            + gap(10)
            + " (?:forte|ate|sangr[^ ]*|de proposito|quando)",
        ),
        Rule(
            "danger",
            "(?:nunca disse|nao disse|nunca falei|nao falei|nunca contei|nao contei) (?:pra ele |a"
            " ele |pra ela )?"
            "(?:onde (?:eu )?(?:estava|estou|moro|to)|meu endereco)",
        ),
        Rule(
            "danger",
            "(?:numero desconhecido|numero privado|numero novo|numero oculto)"
            + gap(14)
            + " (?:e ele|era ele|e ela|sei q e|sei que e)",
        ),
        Rule(
            "danger",
            "coisas (?:mudam|mudaram|mudando|fora) de lugar (?:no (?:ape|apartamento|meu quarto)|na"
            " (?:minha )?casa|em casa|quando)",
        ),
        Rule(
            "danger",
            "(?:estaciona|para|fica) (?:na frente|em frente|na porta) (?:do|da|de) (?:meu|minha)"
            " (?:trampo|trabalho|"
            "casa|predio|escola|faculdade)" + gap(8) + " (?:olhando|vigiando|nao desce)",
        ),
        Rule(
            "danger",
            "se (?:eu )?nao (?:for|sou|ficar) (?:dele|dela|com ele|com ela)"
            + gap(2)
            + " nao (?:vou ser|vai ser|sera|serei|sou|e) de ninguem",
        ),
        Rule(
            "danger",
            "(?:trancad[oa]|escondid[oa]|me tranquei|me escondi) no"
            " (?:banheiro|quarto|armario|carro)",
        ),
        Rule(
            "other_at_risk",
            "(?:sangue|cortes|cicatrizes|queimaduras) n[ao]s?"
            " (?:manga|mangas|bracos|pulsos|pernas|lencol|toalhas?)",
        ),
        Rule(
            "other_at_risk",
            "(?:mandar|mandou|escreveu|escrever|disse|falou|postou)"
            + gap(4)
            + " (?:vc|voce|tu) nao (?:vai|vais) (?:mais )?"
            "(?:ter (?:q|que) )?(?:me aguentar|me suportar|me ver|saber de mim)",
        ),
        Rule("other_at_risk", "(?:dando|doando|deu|doou) (?:todas )?(?:as )?coisas dela"),
    ),
    exceptions=(
        # Figures of speech.
        "(?:morrendo|morro|morri|morrer|morta|morto|to morta|to morto|estou morta|estou morto|"
        "vou morrer|quase morri) (?:de|do|da) (?:rir|riso|fome|sono|saudade|saudades|calor|frio|"
        "inveja|ciume|ciumes|amor|curiosidade|tedio|nervoso|sede|cansaco|vergonha|fofura|emocao|"
        "medo|felicidade|alegria|raiva|vontade|tanto rir)",
        "(?:minha mae|a minha mae|minha mãe|meu pai|o meu pai|meus pais|os meus pais|meu chefe|"
        "o meu chefe|minha chefe|a minha chefe|o professor|a professora|essa prova|esta prova|"
        "o calor|o transito|esses sapatos|estes sapatos|a curiosidade|essa musica|esta musica|"
        "minha irma|meu irmao|a minha irma|o meu irmao|a saudade|"
        "a ansiedade)(?: [^ ]+)?(?: [^ ]+)? (?:me mata|me matar|vai me matar|vai matar me|"
        "vai-me matar|me mataria|ta me matando|esta me matando|tão me matando|estao me matando|"
        "esta a matar me|estao a matar me|me matam)",
        "(?:alguem|alguem aqui) me mat[ae]|me mata (?:de rir|de vergonha|de saudade)|"
        "morri com (?:esse|este|essa|esta|o|a)",
        "antes mort[ao] (?:do )?que [^ ]+",
        # Negations.
        "(?:nao|nunca|jamais|nem pensar|nem) (?:vou|quero|penso em|faria|consigo|"
        "tenho intencao de|pretendo|ia)? ?(?:me )?(?:matar|matar me|suicidar|suicidar me|"
        "fazer mal|machucar|machucar me|cortar|cortar me|cortaria|tirar a minha vida|morrer|"
        "me jogar|faria mal)(?: [^ ]+)?",
        "(?:nao|nunca|jamais) (?:tenho|tive|teria|sinto) (?:[^ ]+ )?(?:pensamentos|ideias|ideacao|"
        "tendencias|intencoes) suicidas?",
        "(?:nao|nunca) (?:estou|to|sou|me sinto|ando) (?:em perigo|suicida)",
        "(?:ele|ela|meu ex|o meu ex)(?: [^ ]+)? (?:nunca|jamais|nao) (?:me )?(?:bateu|agrediu|"
        "encostou|tocou|machucou|ameacou|levantou a mao|seguiu|perseguiu)",
        # Films, books, news, studies, work.
        _STUDY + "(?: [^ ]+)?(?: [^ ]+)? (?:sobre|de|do|da|acerca de|contra|que fala de|"
        "que fala sobre) (?:[^ ]+ )?(?:[^ ]+ )?" + _TOPIC,
        "(?:prevencao|prevenir|linha|cvv|voluntaria|voluntario|voluntariado|campanha|"
        "setembro amarelo|taxa|taxas|estatisticas|risco|protocolo|identificar|detectar|reconhecer|"
        "sinais de|atendo|atender|atendimento a|pessoas com|pacientes com|casos de|vitimas de|"
        "sobreviventes de)(?: [^ ]+)?(?: [^ ]+)? (?:ao |do |de |o |a |as |os |da |"
        "dos )?(?:[^ ]+ )?(?:suicidio|suicidios|pensamentos suicidas|ideias suicidas|"
        "comportamento suicida|ideacao suicida|automutilacao|autolesao|perseguicao|violencia|"
        "overdose|overdoses|risco de suicidio)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?",
        "(?:no|na|nesse|nessa|neste|nesta) (?:filme|serie|livro|romance|capitulo|episodio|jogo|"
        "documentario|musica|anime|novela|noticia)" + gap(8),
        "(?:filme|serie|livro|romance|capitulo|episodio|documentario|musica|anime|novela|noticia|"
        "historia|peca)(?: [^ ]+)? (?:fala de|fala sobre|e sobre|conta a historia de|trata de|"
        "tem um personagem que|tem uma personagem que|mostra) (?:um|uma|o|a|como)? ?[^ ]+" + gap(6),
        # Quotes and lyrics.
        "(?:vivia dizendo|sempre dizia|sempre diz|dizia sempre|costumava dizer|como diz a musica|"
        "a musica diz|diz a musica|a letra diz|como se diz|o ditado|a frase|o meme)" + gap(9),
        # Clearly past and recovered.
        _PAST + gap(12) + " (?:mas|e|hoje|agora|hoje em dia|ja|desde entao|dessa vez|desta vez|"
        "esse|este|essa|esta|atualmente)" + gap(4) + " " + _RECOVERED,
        _PAST + gap(12) + " (?:ja nao|mas ja nao|ja passou|isso ficou para tras|ja superei|"
        "nunca mais|parei|faz [0-9]+ anos que parei)",
        "[^ ]+" + gap(6) + " (?:antigamente|no passado|ha (?:[^ ]+ )?(?:anos|tempo)|"
        "faz (?:[^ ]+ )?(?:anos|tempo)|na adolescencia|no colegio|no ensino medio|na escola|antes)"
        + gap(3)
        + " (?:mas|e|hoje|agora|hoje em dia|ja)"
        + gap(4)
        + " "
        + _RECOVERED,
        # Accidents.
        "(?:sem querer|por acidente|acidentalmente)(?: [^ ]+)?(?: [^ ]+)? (?:me cortei|me queimei|"
        "me machuquei|cortei me|queimei me)|(?:me cortei|me queimei|me machuquei|cortei me|"
        "queimei me) (?:sem querer|por acidente|a cozinhar|cozinhando|com o papel|na academia|"
        "a jogar|jogando)",
        "(?:me segue|me seguia|me seguiu|segue me) (?:no|na|em) (?:insta|ig|instagram|tiktok|"
        "twitter|face|facebook|redes|spotify|todas as redes)",
        # The Spanish joke "me corto las venas con galletas de animalitos" reads as Portuguese too.
        "(?:me corto|me corte|cortar me|me cortar) (?:las|as) (?:venas|veias) (?:com|con) "
        "(?:galletas|galletitas|"
        "bolachas|biscoitos|[^ ]+ de animalitos)" + gap(3),
        # Not thinking of it; asked and answered no.
        "(?:nao|nunca|jamais|nem) (?:to|estou|tou|ando|tava|estava) (?:pensando|a pensar) em (?:me "
        ")?"
        "(?:machucar|matar|cortar|fazer mal|suicidar|morrer)(?: [^ ]+)?(?: [^ ]+)?",
        "(?:perguntou|pergunta|perguntaram|me perguntou|pregunto|me pregunto)(?: [^ ]+)? (?:se|si)"
        + gap(6)
        + " (?:e |y )?(?:eu )?(?:disse |falei |le dije )?(?:que )?(?:nao|nunca|jamais|no)",
        # "I'd rather die than go back to you": a figure of speech.
        "(?:prefiro|preferia) morrer (?:a|do que|que) (?!viver|continuar|seguir|acordar|existir|"
        "sofrer)"
        "[^ ]+",
        # Past, now fine.
        "quando (?:eu )?(?:era|tinha) [0-9]+"
        + gap(20)
        + " (?:tranquila|tranquilo|bem|de boa|rio disso)",
        "(?:da ultima vez|na ultima vez|no ultimo termino|no meu ultimo termino|na outra vez|"
        "naquela "
        "epoca|na epoca)"
        + gap(12)
        + " (?:dessa vez|desta vez|agora|hoje|hj)(?: eu)? (?:so |apenas |"
        "tipo )?(?:to|estou|tou|fiquei|ando) (?:so |apenas |mais )?(?:puta|irritad[ao]|brav[ao]|"
        "chatead[ao]|com raiva|triste|de boa|bem|tranquil[ao]|pistola|bolad[ao])",
        "(?:me ameacava|ameacava me|me batia|me seguia|me perseguia|me agredia|batia em mim)"
        + gap(16)
        + " (?:ha [0-9]+ anos|faz [0-9]+ anos|[0-9]+ anos atras|medida protetiva)"
        + gap(14)
        + " (?:to|estou|tou|me sinto|agora to|agora estou) (?:segura|seguro|a salvo|bem|tranquila|"
        "tranquilo)",
        # Round 2: negations, accidents, the past left behind.
        "(?:nao|n|nunca|non|no) (?:e|era|foi|esta|ta|tem sido|sido|es) (?:muito |nada |"
        "nem um pouco )?(?:violent[oa]|agressiv[oa]|agresiv[oa])",
        "(?:casi |quase )?(?:me corto|me cortei|me cortar|me cortava) (?:un|uno|el|o|um|a|una|"
        "la) (?:dedo|dedito|mano|mao|pie|pe)",
        "(?:chutou|chutei|chuta|bateu|bati|socou|soquei)" + gap(5) + " sem querer",
        "(?:eu )?(?:me cortava|me machucava|me feria|me cortei)" + gap(10) + " (?:ha [0-9]+ "
        "anos sem|ha [^ ]+ anos sem|sem me cortar|limpa|limpo|nao vai me levar de volta|"
        "nunca mais|parei)",
        # Round 3: quoted, retold and negated uses.
        "(?:perguntou|pergunta|perguntaram) se (?:eu )?(?:penso|pensei|pensava) em (?:tirar minha"
        " vida|"
        "tirar a minha vida|me matar|suicidio|me machucar|morrer)" + gap(6) + " (?:q|que) nao",
        "(?:quero morrer|eu quero morrer|quero me matar)"
        + gap(14)
        + " (?:quina da cama|dedinho|dedo|minha amiga|meu amigo)",
        "(?:ia|iria|teria) (?:escrever|escrito|dizer|dito|postar)"
        + gap(2)
        + " (?:quero morrer|quero me matar|"
        "quero sumir|queria morrer)",
        "em (?:19|20)[0-9]* (?:eu )?(?:queria|quis|tentei|pensava em)"
        + gap(4)
        + gap(12)
        + " (?:hoje|agora)",
        "(?:no|o|este|esse) (?:inverno|verao|ano|outono|mes) passado (?:meu ex|ele|ela) me "
        "(?:seguiu|seguia|perseguia|ameacou)" + gap(6),
        "(?:musica|cancao|letra|filme|serie|frase) (?:q|que) (?:diz|fala|canta)" + gap(5),
    ),
)
