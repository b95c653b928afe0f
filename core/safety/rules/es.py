"Spanish: crisis and danger phrases, with the idioms, negations and stories that look like them."

from core.safety.recognizer import Recognizer, Rule, gap

_Q = "(?:que|q|k|ke)"
_NOT = "(?<!no )(?<!nunca )(?<!jamas )(?<!ni )(?<!tampoco )(?<!no lo )"
# "morir" but not "morir de risa", "morir de verguenza", "morir en tus brazos".
_MORIR_OK = (
    "(?! (?:(?:de|del) (?:la |el )?(?:risa|verguenza|hambre|sueno|ganas|calor|frio|envidia|celos|"
    "amor|curiosidad"
    "|aburrimiento|nervios|pena|sed|cansancio|ternura|emocion|miedo|felicidad|alegria|asco|cringe|"
    "cuki|lo lindo"
    "|lo (?:lind[oa]|bonit[oa]|tiern[oa]|guap[oa]|buen[oa]|ric[oa]|hermos[oa]|cute|cuki|"
    "precios[oa]|gracios[oa]|chistos[oa]|bell[oa]|sexy)|tanto [^ ]+)"
    "|en tus brazos|en sus brazos|en tu|por (?:ti|el|ella|verte|un)|con (?:esta|esa|este|ese)"
    "|ahi mismo|jaja[^ ]*|xd|lol|ajaja[^ ]*)(?= ))"
)
_NO_LAUGH = (
    "(?!" + gap(8) + " (?:jaja[^ ]*|jsjs[^ ]*|xd|jeje[^ ]*|ajaj[^ ]*|lol|lmao|jajs[^ ]*|"
    "jkjk[^ ]*)(?= ))"
)
_WANT = (
    "(?:quiero|kiero|qiero|quiciera|quisiera|quiera|queria|voy a|vo a|ire a|pienso|pense en|"
    "estoy pensando en"
    "|toy pensando en|pensando en|tengo ganas de|ganas de|necesito|decidi|he decidido|ya decidi|"
    "me dan ganas de"
    "|me gustaria|deberia|podria|a punto de|mejor|tengo que|prefiero|solo quiero|nomas quiero|"
    "ojala pudiera"
    "|pienso en|sigo pensando en|planeo|planeando|intentar|voy a intentar|lo unico que quiero es|"
    "list[oa] para"
    "|todo listo para|preparad[oa] para|decidid[oa] a|dispuest[oa] a)"
)
_KILL_ME = (
    "(?:matarme|suicidarme|morir|estar muerta|estar muerto|quitarme la vida|quitarme de en medio|"
    "acabar con mi vida|terminar con mi vida"
    "|acabar conmigo|morirme|ahorcarme|colgarme|tirarme|aventarme|arrojarme|lanzarme|envenenarme|"
    "cortarme las venas"
    "|desaparecer de este mundo|irme de este mundo|dejar este mundo|no despertar|dejar de existir|"
    "dejar de vivir)"
)
_PILLS = (
    "(?:pastilla[^ ]*|pastis|pildora[^ ]*|clonazepam[^ ]*|rivotril[^ ]*|paracetamol[^ ]*|"
    "ibuprofeno[^ ]*|diazepam[^ ]*"
    "|valium[^ ]*|alprazolam[^ ]*|lorazepam[^ ]*|tranquilizante[^ ]*|calmante[^ ]*|"
    "antidepresivo[^ ]*|somnifero[^ ]*"
    "|medicamento[^ ]*|medicina[^ ]*|remedios|emj_pill|clonacepam|trankimazin[^ ]*|orfidal[^ ]*|"
    "tafil|pastas|benzo[^ ]*)"
)
_A_LOT = (
    "(?:todas|todas las|todos|todos los|un monton de|monton de|muchas|muchisimas|un blister|"
    "una caja|un frasco|una botella|la botella|un tarro|el tarro|una tableta|la tableta"
    "|un bote|toda la caja|el frasco|[0-9]+|como [0-9]+|mas de [0-9]+|unas [0-9]+|la caja entera|"
    "una caja entera"
    "|un blister entero|toda la|un punado de|una tira|la tira|las [0-9]+|veinte|treinta|cuarenta|"
    "cincuenta"
    "|dos cajas|un puno de|una bolsa de|un chingo de|un buen de|todo el frasco|todo el bote)"
)
_PERSON = (
    "(?:el|ella|mi ex|ex|mi exnovio|mi exnovia|mi novio|mi novia|mi esposo|mi esposa|mi marido|"
    "mi mujer"
    "|mi pareja|mi expareja|mi exmarido|mi exesposo|ese tipo|ese wey|ese idiota|ese imbecil|"
    "este tipo|mi ex pareja"
    "|mi ex novio|mi ex marido|el papa de mis hijos|el padre de mis hijos)"
)
_HOME = (
    "(?:mi|nuestra|nuestro) (?:casa|depa|departamento|piso|edificio|trabajo|oficina|chamba|"
    "laburo|uni|universidad|facultad|facu|escuela|gym|gimnasio|puerta|ventana|coche|carro|auto|"
    "calle|cuarto|curro|portal)"
)
_CHILDREN = (
    "(?:los|mis|nuestros|nuestras|las|mi|nuestro|nuestra) (?:ninos|nenes|nenas|hijos|hijas|hija|"
    "hijo|bebe|crios"
    "|chamacos|peques|pequenos|chicos|hijitos|nino|nina)"
)
_TOPIC = (
    "(?:suicidio|suicidios|autolesiones|autolesion|sobredosis|acoso|violencia de genero|"
    "violencia domestica"
    "|maltrato|feminicidio|feminicidios|ideacion suicida|conducta suicida|salud mental|depresion|"
    "acosadores|ideas suicidas)"
)
_STUDY = (
    "(?:tfg|tfm|tesis|tesina|trabajo|ensayo|articulo|investigacion|estudio|clase|curso|taller|"
    "charla|capacitacion"
    "|formacion|seminario|examen|tema|libro|novela|documental|docu|peli|pelicula|serie|capitulo|"
    "episodio|podcast"
    "|cancion|video|noticia|noticias|reportaje|campana|ponencia|presentacion|practicas|proyecto)"
)
_RECOVERED = (
    "(?<!no )(?:bien|mejor|mucho mejor|super bien|muy bien|a salvo|tranquila|tranquilo|feliz|"
    "limpia|limpio|en terapia"
    "|estable|recuperada|recuperado|sana|sano|genial|contenta|contento|en paz|fuerte|vivita|"
    "agradecida|agradecido)"
)
_PAST = (
    "(?:hace (?:(?:[0-9]+|un|una|unos|unas|dos|tres|cuatro|cinco|seis|diez|muchos|"
    "varios) )?(?:anos|ano|meses|mes|tiempo|mucho)"
    "|en (?:[0-9]+|la prepa|la secu|el colegio|el insti|el instituto|la uni|la adolescencia|"
    "la secundaria|el liceo)"
    "|cuando (?:era|tenia) (?:[0-9]+|chica|chico|adolescente|pequena|pequeno|mas joven)|"
    "de adolescente|de chica|de chico"
    "|antes|con mi ultima ruptura|mi ultima ruptura|en mi ultima ruptura|la ultima vez|"
    "en el pasado|hubo una epoca)"
)

RECOGNIZER = Recognizer(
    lang="es",
    rules=(
        # --- suicidal: killing oneself, said directly or the long way round ---
        Rule("suicidal", _NOT + _WANT + " " + _KILL_ME + _MORIR_OK + _NO_LAUGH),
        Rule(
            "suicidal",
            _NOT + "(?:me|m) (?:quiero|kiero|qiero|voy a|vo a|pienso|tengo que|"
            "dan ganas de|gustaria|quisiera|queria|deberia|podria|iba a|puedo|estoy por|"
            "estan dando ganas de) (?:matar|suicidar|morir|quitar la vida|ahorcar|colgar|"
            "tirar (?:del|por|de|desde|al|a las|bajo)|aventar (?:del|por|de|desde|al)|arrojar|"
            "envenenar|cortar las venas)" + _MORIR_OK + _NO_LAUGH,
        ),
        Rule(
            "suicidal",
            _NOT + "(?<!la )(?<!lo )(?<!te )(?<!los )(?<!las )(?<!le )(?:me )?"
            "(?:quiero|kiero|voy a) (?:morir|morirme|matar|matarme|"
            "suicidar|suicidarme)" + _MORIR_OK,
            ask=True,
        ),
        Rule(
            "suicidal",
            _NOT + "(?:mejor|ojala|quisiera que|preferiria que|asi que|"
            "y) (?:me muero|me mato|me muera|me matara|desaparezco)"
            + _MORIR_OK
            + _NO_LAUGH
            + "|(?:me quiero|me voy a|quiero|quisiera|me gustaria) ir(?:me)? (?:de este mundo|"
            "para siempre(?= $| y| de))",
        ),
        Rule(
            "suicidal",
            _NOT + "(?:me (?:quito|voy a quitar|quiero quitar|kiero quitar|"
            "pienso quitar) la vida|me la voy a quitar|me la quiero quitar|me la quito|"
            "me voy a dar un tiro|me pego un tiro|pegarme un tiro|darme un tiro|"
            "me quiero dar un tiro|volarme la cabeza|meterme un tiro)",
        ),
        Rule(
            "suicidal",
            _NOT + "(?:(?:hoy|ya|mejor|asi que|entonces|y|esta noche|manana|al final|"
            "si (?:no|me) [^ ]+(?: [^ ]+)?) )?me mato(?! (?:de|trabajando|estudiando|entrenando|"
            "en el|a (?:trabajar|estudiar|entrenar)|por|con el|con ella|haciendo|corriendo|"
            "limpiando|y no|ni)(?= ))(?= $| (?:hoy|ya|esta noche|y ya|y listo|de una vez|en serio|"
            "lo juro|te lo juro|no aguanto)(?: |$))",
        ),
        Rule(
            "suicidal",
            _NOT + "(?:me suicido|suicidarme|me voy a suicidar|me quiero suicidar|"
            "suicidandome|suicidarm|suicidame|suisidarme|suicidarme ya)",
        ),
        Rule(
            "suicidal",
            "(?<!no tengo )(?<!sin )(?<!no )(?:ideas|pensamientos|ideacion|"
            "tendencias|impulsos) suicidas?",
        ),
        Rule(
            "suicidal",
            "(?:pienso|pensando|pensar|penso|pense|piensa) (?:mucho |todo el tiempo |"
            "todos los dias |cada dia |seguido )?en (?:el )?suicidio|(?:intentar|intentarlo|"
            "intento de|cometer) (?:el )?suicidio",
        ),
        Rule(
            "suicidal",
            _NOT + "(?:acabar|terminar|termino|acabo|acabaria|"
            "terminaria) con (?:todo|todo esto|esto de una vez|mi sufrimiento|mi existencia|"
            "mi vida)(?! (?:lo que|con (?:el|ella)|entre|de (?:el|ella)|de una relacion|"
            "con esta relacion|lo nuestro|y empezar|y empiezo)(?= ))(?= $| (?:ya|de una vez|"
            "para siempre|hoy|esta noche|manana|y|no|lo|q|que|porque|pq|xq|ya no)(?: |$))",
        ),
        Rule(
            "suicidal",
            "(?:formas|forma|maneras|manera|metodos|como|modo) (?:de |"
            "para )?(?:morir|matarme|suicidarme|quitarme la vida|matarse|"
            "suicidarse)(?! de (?:risa|verguenza)(?= ))|morir sin (?:dolor|que duela|q duela|"
            "sufrir)",
        ),
        Rule(
            "suicidal",
            "(?:tirarme|aventarme|arrojarme|lanzarme|me tiro|me aviento|me arrojo|"
            "me lanzo|me voy a tirar|me quiero tirar|me voy a aventar|me quiero aventar|saltar|"
            "me voy a lanzar) (?:del|por el|por la|de la|desde el|desde la|desde un|desde una|"
            "de un|de una|a las|al|bajo el|bajo un|frente a un|frente al|delante del|"
            "delante de un|a un) (?:[^ ]+ )?(?:balcon|ventana|puente|edificio|azotea|techo|"
            "terraza|tren|vias|metro|precipicio|acantilado|camion|coche|carro|auto|bus|bondi|"
            "colectivo|barranco|piso [0-9]+|rio|vacio|cornisa)(?! (?:de (?:la piscina|la alberca)|"
            "por diversion)(?= ))" + _NO_LAUGH,
        ),
        Rule(
            "suicidal",
            "(?:todos|todo el mundo|el mundo|mi familia|mis papas|mis padres|"
            "mis hijos|mis amigos|ustedes|la gente|ellos|tod[oa]s) (?:estarian|estaria|"
            "estarian mucho|vivirian|serian|serian mas|van a estar|estaran|iban a estar|"
            "estariamos)(?: mucho| mil veces| tanto)? (?:mejor|mas felices|felices|"
            "tranquilos)(?: [^ ]+)? (?:sin mi|si (?:yo )?(?:no estuviera|no existiera|me muriera|"
            "desapareciera|me muero|me voy))",
        ),
        Rule(
            "suicidal",
            "(?:hoy|esta noche|ahora|manana) lo hago(?= $| (?:ya|de una vez|"
            "no aguanto|ya no|no puedo|y|se acabo)(?: |$))|(?:ya|hoy|esta noche) (?:es|"
            "sera) el dia(?= $)",
            ask=True,
        ),
        # --- passive: not wanting to live, wishing not to wake up ---
        Rule(
            "passive",
            "(?:no|ya no|ni) (?:quiero|kiero|qiero|tengo ganas de|quisiera|"
            "me dan ganas de|aguanto|le veo sentido a|tengo fuerzas para|"
            "encuentro razones para) (?:seguir )?(?:vivir|viviendo|existir|existiendo|despertando|"
            "despertar|despertarme|estar vivo|estar viva|estar en este mundo|seguir en este mundo|"
            "seguir aqui|estar aqui|vivir mas|seguir vivo|seguir viva|respirar)(?! (?:con|en|"
            "aqui con|junto|juntos|cerca|alli|ahi|asi con|de alquiler|sola en|solo en|temprano|"
            "tan temprano|a las|mañana a|manana a|sin (?:el|ella|ti))(?= ))",
        ),
        Rule(
            "passive",
            "(?:no|ya no) (?:quiero|kiero) vivir sin (?:el|ella|ti|vos)|(?:no|"
            "ya no) (?:puedo|sabria|se) vivir sin (?:el|ella|ti|vos)",
            ask=True,
        ),
        Rule(
            "passive",
            "ojala (?:no despertara|no me despertara|no despertarme|no amanecer|"
            "no amaneciera|no amanezca|no despertar|no despierte|no me despierte|nunca despertar|"
            "no volver a despertar|me muera|morirme|me muriera|muriera|estuviera muerta|"
            "estuviera muerto|estar muerta|estar muerto|nunca hubiera nacido|no hubiera nacido|"
            "no haber nacido|nunca haber nacido|me atropelle|me atropellen|me pise un|me pise una|"
            "me caiga un|me lleve la muerte|me de algo y me muera|me agarre un|"
            "desaparecer para siempre)",
        ),
        Rule(
            "passive",
            "(?:dormir|dormirme|acostarme) (?:y no|y nunca|y ya no) (?:despertar|"
            "despertarme|volver a despertar|levantarme)|dormir para siempre|no volver a despertar|"
            "no despertar nunca|no despertar mas",
        ),
        Rule(
            "passive",
            "(?:para|pa) (?:que|q|k) (?:sigo|seguir|vivo|vivir|estoy|existir|existo|"
            "sigo viviendo|seguir viviendo|me levanto)(?= $| (?:viviendo|vivo|aqui|aca|"
            "en este mundo|si|sin|ya|la verdad|entonces|asi|respirando)(?: |$))|(?:de que|"
            "de q) (?:sirve|me sirve) (?:vivir|seguir|estar viva|estar vivo|seguir viviendo|"
            "mi vida)",
        ),
        Rule(
            "passive",
            "(?:ya )?no tiene (?:caso|sentido) (?:seguir|vivir|seguir viviendo|"
            "seguir aqui|estar aqui|seguir con vida)(?! (?:intentando|con (?:el|ella)|insistiendo|"
            "esperando|escribiendo[^ ]*|buscando[^ ]*|esta relacion|en esta)(?= ))",
        ),
        Rule(
            "passive",
            "(?:que|q|k) sentido tiene (?:vivir|seguir viviendo|la vida|seguir aqui|"
            "estar vivo|estar viva|mi vida)|(?:no le (?:veo|encuentro|ve|encuentra|vemos)|"
            "no tiene|ya no tiene|"
            "perdio|pierde) (?:ningun )?sentido (?:a )?(?:la vida|vivir|seguir viviendo|mi vida|"
            "estar vivo|estar viva|seguir(?! (?:en|con|intentando|estudiando|trabajando|"
            "insistiendo|"
            "esperando|buscando|adelante con)(?= )))|(?:mi|la) vida (?:ya )?no tiene (?:ningun "
            ")?sentido|"
            "(?:no tengo|ya no tengo|sin) (?:ninguna |ningun |ni una )?(?:razon|razones|motivo|"
            "motivos|ganas) (?:para|de) (?:vivir|seguir viviendo|seguir vivo|seguir viva|"
            "estar vivo|estar viva|existir)",
        ),
        Rule(
            "passive",
            "(?:cansad[oa]|hart[oa]|agotad[oa]|podrid[oa]|hasta la madre|"
            "hasta el gorro|hasta la coronilla|hasta los huevos) de (?:vivir|la vida|existir|"
            "estar viv[oa]|respirar)(?! (?:en (?!serio)|con|aqui|asi con|de)(?= ))",
        ),
        Rule(
            "passive",
            "(?:me da igual|me vale|que mas da|me da lo mismo|"
            "no me importa) (?:si )?(?:morir|morirme|me muero|vivir o morir|estar vivo|estar viva|"
            "seguir viva|seguir vivo|si me pasa algo|que me pase algo)",
        ),
        Rule(
            "passive",
            "(?:mejor|preferiria|prefiero) (?:estar )?(?:muerta|muerto|morirme|"
            "no existir|no estar aqui|desaparecer)(?! (?:que|q|k|de (?:risa|verguenza))(?= ))|"
            "seria mejor (?:si|que|q) (?:yo )?(?:no estuviera|no existiera|me muriera|"
            "desapareciera|no hubiera nacido|me muero)",
        ),
        Rule(
            "passive",
            "(?:lo mejor|mejor|lo mas facil|seria mejor) (?:seria|es|sería|"
            "seria para todos|para todos seria) (?:no despertar|no despertarme|morirme|morir|"
            "desaparecer|no existir|no estar|no haber nacido|irme para siempre)",
        ),
        Rule(
            "danger",
            "(?:cagad[ao]|muert[ao]|temblando) de miedo|aterrad[ao]|(?:le|"
            "les) tengo (?:mucho |muchisimo |un )?miedo|tengo miedo de (?:el|mi ex)(?= $| (?:y|"
            "porque|pq|xq|me)(?: |$))",
            ask=True,
        ),
        Rule(
            "danger",
            _NOT + "me (?:amenaza|amenazo|amenazaba|esta amenazando|sigue amenazando|"
            "ha amenazado|tiene amenazad[ao])(?! con (?:contar|decir|publicar|subir|dejar|irse|"
            "quitarme el perro|quitarme la|quedarse|cortar|bloquear|demandar|hablar|ensenar|"
            "denunciar|contarle|decirle|escribir)(?= ))",
            ask=True,
        ),
        Rule(
            "passive",
            "(?:quiero|quisiera|ojala|necesito|solo quiero) (?:que|q) (?:se acabe|"
            "termine|acabe|se termine) (?:todo|mi vida|esto|ya todo)(?: de una vez| para siempre|"
            " ya)",
        ),
        Rule(
            "passive",
            "(?:quiero|quisiera|ojala|necesito|solo quiero) (?:que|q) (?:se acabe|"
            "termine|acabe|se termine) (?:todo|mi vida|esto|ya todo)",
            ask=True,
        ),
        Rule(
            "plan",
            "(?:balcon|azotea|techo|puente|ventana|cornisa|edificio|tejado|vias)"
            + gap(5)
            + " (?:quiero|voy a|a punto de|estoy por|no se si) (?:saltar|tirarme|"
            "aventarme|lanzarme|arrojarme)",
        ),
        Rule(
            "passive",
            "(?:sobro|estorbo|no hago falta) en este mundo|el mundo (?:no me necesita|"
            "esta mejor sin mi|estaria mejor sin mi)",
        ),
        Rule(
            "passive",
            "(?:soy|me siento) (?:una |un )?(?:carga|estorbo|peso) (?:para|"
            "pa) (?:todos|todo el mundo|mi familia|mis papas|mis padres|los demas|mis hijos|"
            "mis amigos|todas)",
        ),
        Rule(
            "passive",
            "(?:nadie|ninguno|ni uno) (?:me extranaria|se daria cuenta|notaria|"
            "lo notaria|me va a extranar|me echaria de menos|lloraria|vendria a mi funeral|"
            "le importaria)(?: [^ ]+)?(?: si (?:me muero|me muriera|desaparezco|desapareciera|"
            "ya no estoy|no estuviera))?(?! (?:mi|el|la) (?:corte|look|pelo|ausencia en)(?= ))",
        ),
        Rule(
            "passive",
            "(?:quiero|kiero|quisiera|me gustaria|ojala pudiera|necesito|solo quiero|"
            "ganas de|tengo ganas de|me dan ganas de) (?:desaparecer|dormir|dormirme|borrarme|"
            "esfumarme|irme) (?:para siempre|de este mundo|del mundo|y no volver|y que nadie)|"
            "dejar de existir|no existir mas|ya no existir",
        ),
        Rule(
            "passive",
            "(?:quiero|kiero|quisiera|me gustaria|solo quiero|"
            "necesito) (?:desaparecer|dormir para siempre|no existir|no estar)(?= $| (?:ya|"
            "la verdad|en serio|de verdad|y)(?: |$))",
            ask=True,
        ),
        Rule(
            "passive",
            "(?:ya )?no (?:aguanto|puedo|soporto) mas(?: con)? (?:esta vida|mi vida|"
            "la vida|vivir|vivir asi|este dolor|esto)(?= $| (?:ya|de verdad|en serio|q|que|"
            "me)(?: |$))|no puedo mas con mi vida",
        ),
        Rule(
            "passive",
            "(?:ya )?no (?:aguanto|puedo|soporto) mas(?= $| (?:ya|de verdad|en serio|"
            "la verdad|con esto|enserio|neta)(?: |$))",
            ask=True,
        ),
        Rule(
            "passive",
            "(?:para que|pa que|q sentido tiene|que sentido tiene|"
            "de que sirve)(?: [^ ]+)?(?: [^ ]+)?(?= $)|no le veo sentido a nada|"
            "nada tiene sentido ya|ya nada tiene sentido",
            ask=True,
        ),
        # --- plan: pills taken, means at hand, a high place, a goodbye ---
        Rule(
            "plan",
            "(?:me tome|tome|me trague|trague|me he tomado|he tomado|me acabo de tomar|"
            "acabo de tomar|me bebi|me meti|me voy a tomar|voy a tomar|me las voy a tomar|"
            "me las tome|me tomo|se tomo|se trago|tomandome|me zampe|me empine|tomarme|tragarme|"
            "voy a tragarme|quiero tomarme|pienso tomarme) "
            + _A_LOT
            + gap(3)
            + " "
            + _PILLS
            + "(?! (?:de hoy|del dia|como (?:siempre|me dijo|"
            "me dijeron)|a la hora|con la comida|recetadas)(?= ))",
        ),
        Rule(
            "plan",
            "(?:tengo|ya tengo|aqui tengo|aca tengo|tengo aqui|tengo aca|junte|"
            "estoy juntando|he juntado|guarde|he guardado|estoy guardando|voy juntando|acumule|"
            "he acumulado|estoy acumulando|junto) (?:todas |todas las |las |unas |muchas |"
            "un monton de |suficientes |mis |varias )?(?:" + _PILLS + "|cuchillas|navajas|"
            "hojas de afeitar|cuerda|soga)(?: [^ ]+)? (?:aqui|aca|listas|lista|preparadas|"
            "en la mano|conmigo|guardadas|juntadas|al lado|enfrente|en la mesa|en mi cuarto|"
            "suficientes|para hacerlo)",
        ),
        Rule(
            "plan",
            "(?:tengo|tengo aqui|tengo aca|agarre|ya tengo|sostengo) (?:una|la|un|el|"
            "mi) (?:navaja|cuchilla|cuchillo|gillette|soga|cuerda|pistola|arma|cuter|"
            "hoja de afeitar|emj_knife|emj_gun) (?:en la mano|en mis manos|aqui|aca|lista|listo|"
            "conmigo|en el cuello|en la muneca)",
        ),
        Rule(
            "plan",
            "(?:ya )?(?:tengo|lo tengo) todo (?:planeado|listo|preparado|pensado)(?= $|"
            " (?:para|pa) (?:esta noche|hoy|manana)(?: |$))",
            ask=True,
        ),
        Rule(
            "plan",
            "(?:me las|me los|las|los) (?:voy a tomar|tomo|quiero tomar|pienso tomar|"
            "voy a tragar|trago) (?:todas|todos|de una vez|de golpe)|"
            + _PILLS
            + gap(8)
            + " (?:me las voy a tomar|me los voy a tomar|me voy a tomar|voy a tomarme|"
            "voy a tomar) (?:todas|todos|todo|de una vez|de golpe)",
        ),
        Rule(
            "plan",
            "(?:junte|juntando|he juntado|guardando|acumulando|acumule|ahorrando|"
            "ahorre) (?:mis |las |todas las |suficientes |un monton de )?" + _PILLS,
        ),
        Rule(
            "plan",
            "(?:voy a|quiero|me voy a|pienso|estoy pensando en) (?:tomar|tomarme|beber|"
            "beberme) (?:el |un |una )?(?:veneno|raticida|cloro|lejia|matarratas|insecticida|"
            "lavandina)|(?:me tome|tome|me bebi|bebi|me trague) (?:el |un |una )?(?:veneno|"
            "raticida|cloro|lejia|matarratas|insecticida|lavandina)",
        ),
        Rule(
            "other_at_risk",
            "(?:publico|escribio|mando|subio|puso|posteo|dejo) (?:que|q|un "
            "mensaje|un post|una historia)(?: [^ ]+)? (?:se despide|despidiendose|se despedia|"
            "diciendo adios) (?:de todos|para siempre|de todo|del mundo)",
        ),
        Rule(
            "plan",
            "(?:me voy a (?:dar|meter|tomar)|me quiero (?:dar|meter|tomar)|me di|me meti|"
            "me tome|me provoque|provocarme|darme) una sobredosis",
        ),
        Rule(
            "plan",
            "(?:estoy|toy|ya estoy|estoy parad[oa]|estoy sentad[oa]|estoy subid[oa]|"
            "parad[oa]|sentad[oa]|subid[oa]) (?:(?:en|arriba de|encima de|al borde de|"
            "en el borde de|en lo alto de|sobre|a la orilla de) (?:la|el|las|los|una|un|mi|"
            "este|esta|unas|unos)|"
            "(?:arriba|encima|al borde|en el borde|en lo alto|a la orilla) del) (?:azotea|techo|"
            "puente|cornisa|barandal|baranda|borde|vias|vias del tren|acantilado|precipicio|"
            "tejado|viaducto|terraza del edificio|ultimo piso)(?! (?:con (?:mis|unos|unas|los|las|"
            "mi) (?:amigos|amigas|panas|compas|cuates|familia|novio|novia)|tomando|viendo el|"
            "de vacaciones|del hotel|de la fiesta|de (?:mayo|diciembre|semana santa|"
            "todos los santos|la constitucion|agosto|noviembre|octubre|marzo|abril|enero|junio|"
            "julio|septiembre|febrero))(?= ))",
        ),
        Rule(
            "plan",
            "(?:este|esta) es (?:mi|el) (?:ultimo|ultima) (?:mensaje|msj|msg|despedida|"
            "carta)|(?:mi|el) ultimo mensaje (?:que|q) (?:les|te|os) (?:escribo|mando|envio)|"
            "esta es mi despedida|me despido (?:de todos|de ustedes|de ti para siempre|"
            "para siempre|de este mundo)",
        ),
        Rule(
            "plan",
            "(?:adios|chau|chao|bye) (?:a todos|a todas|para siempre|mundo|"
            "mundo cruel)(?! (?:me voy a dormir|hasta|nos vemos|buenas noches|mañana|manana|"
            "los quiero nos vemos)(?= ))|perdonenme(?: [^ ]+)?(?: [^ ]+)? (?:mama|papa|ma|pa|"
            "todos|por todo)|(?:adios|chau)(?: [^ ]+)? (?:perdonenme|perdoname|perdon por todo)|"
            "(?:mama|mami|ma|papa|papi) (?:te quiero|te amo|perdoname|"
            "perdon)(?: [^ ]+)?(?: [^ ]+)? (?:perdon|perdoname|adios|lo siento)",
        ),
        Rule(
            "plan",
            "(?:carta|cartas|nota|notas|mensaje) (?:de despedida|suicida|de suicidio|"
            "de adios)(?! (?:a|para) (?:mi ex|el|ella)(?= ))|(?:ya )?(?:escribi|deje|"
            "termine) (?:las|mis|todas las) cartas(?= $| (?:para|a) (?:todos|mi familia|mi mama|"
            "mis papas)(?: |$)| y| ya)",
        ),
        Rule(
            "plan",
            "(?:le )?(?:deje|di|regale|encargue|le encargue|voy a dejar|estoy regalando|"
            "regalando|regale) (?:a )?(?:mi|mis) (?:gato|gata|perro|perra|perrito|perrita|gatito|"
            "gatita|mascota|mascotas|plantas|cosas|pez|michi|lomito|conejo) (?:a|con|para)"
            + gap(4)
            + " (?:para|pa) (?:que|q|k) (?:lo|la|los|las|le) (?:cuide|cuiden|tenga|"
            "tengan|atienda)(?! (?:mientras|cuando|este finde|este fin|estas vacaciones|"
            "el fin de semana|unos dias|porque me voy de viaje|durante)(?= ))",
        ),
        Rule(
            "plan",
            "(?:estoy regalando|regale|voy a regalar|regalando) (?:todas )?(?:mis cosas|"
            "todo lo que tengo|mi ropa|mis pertenencias)(?! (?:porque|pq|xq|q|que) (?:me mudo|"
            "me voy a mudar)(?= ))",
        ),
        Rule(
            "plan",
            "(?:compre|comprado|consegui|conseguir|tengo|prepare|preparando|ate|atar|"
            "amarre|hice el nudo de) (?:una |la |mi |el )?(?:cuerda|soga|"
            "emj_rope)(?! (?:para (?:escalar|el perro|tender|saltar|la mudanza|acampar)|al cuello|"
            "de saltar)(?= ))|ahorcarme|me voy a ahorcar|me quiero ahorcar|colgarme (?:del|de la|"
            "de un)|emj_rope",
        ),
        Rule(
            "plan",
            "(?:no se si|voy a|quiero|estoy por|a punto de) saltar(?= $| (?:ya|ahora|"
            "ahorita|de una vez)(?: |$))",
            ask=True,
        ),
        Rule(
            "plan",
            "(?:cortarme|me corte|me corto|me voy a cortar|me quiero cortar|abrirme|"
            "me abro|me abri|me voy a abrir|me quiero abrir) las venas",
        ),
        # --- self-harm ---
        Rule(
            "self_harm",
            _NOT + "(?:me|m) (?:corto|corte|cortaba|he cortado|volvi a cortar|"
            "vuelvo a cortar|sigo cortando|estoy cortando|hago cortes|hice cortes|hacia cortes|"
            "raje|rajo) (?:los |las |el |la |mis |mi )?(?:brazos|brazo|munecas|muneca|piernas|"
            "pierna|muslos|muslo|piel|panza|abdomen|estomago|antebrazo|antebrazos)",
        ),
        Rule(
            "self_harm",
            _NOT + "(?:me (?:volvi|vuelvo|he vuelto|volvi otra vez) a cortar|"
            "(?:volvi a|vuelvo a|sigo|empece a|quiero|necesito|tengo ganas de) cortarme|"
            "me corte (?:otra vez|de nuevo|anoche|ayer|hoy|esta noche|a proposito|adrede|"
            "mas profundo|profundo|mas hondo|hondo|muy fuerte|mas fuerte|con (?:una|la|"
            "un) (?:cuchilla|navaja|gillette|hoja|tijera|cuter|vidrio))|me estoy cortando|"
            "me sigo cortando|me corto (?:cuando|cada vez|todas las noches|siempre|otra vez|"
            "de nuevo|a proposito|para sentir))(?! (?:el|la|las|los) (?:pelo|cabello|flequillo|"
            "unas|barba|fleco|puntas)(?= ))",
        ),
        Rule(
            "self_harm",
            "(?:me )?(?:queme|quemo|he quemado|quemarme|quemandome|"
            "me quemaba) (?:el brazo |los brazos |la mano |la pierna |la piel |"
            "las piernas )?(?:con (?:un |el |una |la )?(?:cigarro|cigarros|cigarrillo|cigarrillos|"
            "encendedor|mechero|cerillo|cerillos|fosforo|fosforos|cigarro prendido|vela|"
            "plancha a proposito)|a proposito|adrede|apropósito|queriendo)",
        ),
        Rule(
            "self_harm",
            _NOT + "(?:me hago dano|me hice dano|me he hecho dano|hacerme dano|"
            "me lastimo|me lastime|lastimarme|me he lastimado|me hago mal|hacerme mal|me hiero|"
            "herirme|me autolesiono|me autolesione|autolesionarme|autolesionandome|"
            "me castigo fisicamente|me rasguno|me aranho|me arano)(?! (?:en (?:el|la|los|"
            "las) (?:rodilla|tobillo|pie|mano|espalda|gym|gimnasio|partido|entreno)|jugando|"
            "entrenando|corriendo|sin querer|al caer|al caerme|en el gym|en el partido|"
            "emocionalmente|pensando|viendo|mirando|stalkeando|revisando|leyendo)(?= ))",
        ),
        Rule(
            "self_harm",
            "(?:me hago dano|me hice dano|me lastimo|me lastime|me pego|me golpeo|"
            "me golpee|me araño|me rasguno) (?:a mi misma|a mi mismo|yo sola|yo solo|a proposito|"
            "adrede)|(?:me golpeo|golpearme|me pego|me doy|me daba|darme) (?:la cabeza |"
            "cabezazos |golpes |punetazos )?(?:contra la pared|contra el piso|contra el suelo|"
            "contra la puerta|en la cabeza hasta)|(?:golpeo|golpe|pego|"
            "doy punetazos a) (?:a )?la pared hasta (?:sangrar|que sangr)",
        ),
        Rule(
            "self_harm",
            _NOT + "(?:(?:me )?(?:volvi a|vuelvo a|sigo|empece a|"
            "otra vez a) (?:hacer|hacerme) (?:cortes|heridas|rasgunos)|(?:me hago|me hice|"
            "me hacia|hacerme|me he hecho) (?:cortes|heridas|rasgunos|quemaduras))(?! (?:en (?:el|"
            "la) (?:cocina|dedo|mano)|cocinando|sin querer)(?= ))",
        ),
        Rule(
            "self_harm",
            "me (?:estoy|sigo|he estado|estuve|volvi a|vuelvo a) (?:haciendo dano|"
            "lastimando|hacer dano|lastimar|hiriendo|herir|quemando|quemar)(?! (?:la|el|los|"
            "las) (?:rodilla|tobillo|espalda|pie|mano)(?= ))(?! (?:con (?:el|la) (?:sol|plancha|"
            "horno))(?= ))",
        ),
        Rule(
            "self_harm",
            "hasta (?:sangrar|que sangre|q sangre|que me sangr|q me sangr|"
            "hacerme sangre)|(?:recai|recaida|recaí)(?: [^ ]+)?(?: [^ ]+)? (?:cortes|cortarme|"
            "me corte|autoles[^ ]*)|(?:cutting|autolesion|autolesiones|cortes) (?:otra vez|"
            "de nuevo)",
        ),
        Rule(
            "self_harm",
            _NOT + "(?:cortandome|lastimandome|autolesionandome|quemandome|"
            "rasgunandome|aranandome)(?! (?:el|la|las|los) (?:pelo|cabello|flequillo|unas|barba|"
            "fleco|puntas|dedo|mano)(?= ))(?! (?:con el sol|al sol|cocinando|en la cocina)(?= ))",
        ),
        Rule("self_harm", "emj_blood", ask=True),
        # --- someone else at risk ---
        Rule(
            "other_at_risk",
            "(?:se (?:quiere|va a|iba a|intento|trato de|piensa|puede|quiso|"
            "queria|quería|esta por|va a volver a|ha intentado) (?:matar|suicidar|quitar la vida|"
            "ahorcar|(?:tirar|aventar|lanzar|arrojar) (?:del|por|de|desde|a|al)|cortar las venas)|"
            "(?:quiere|va a|iba a|intento|trato de|piensa en|pensando en|amenaza con|amenazo con|"
            "amenazando con|habla de|hablando de|dice que va a|dijo que iba a|quiso|ha intentado|"
            "intentado) (?:matarse|suicidarse|quitarse la vida|cortarse|tirarse|ahorcarse|"
            "hacerse dano|lastimarse|envenenarse|desaparecer para siempre|morirse))(?! (?:de|"
            "con la moto|en la moto|trabajando|estudiando|por ti)(?= ))",
        ),
        Rule(
            "other_at_risk",
            "se (?:esta|estaba|sigue) (?:cortando|lastimando|haciendo dano|"
            "autolesionando|quemando)(?! (?:el|la|los|las|con el sol|al sol|en la cocina)(?= ))|"
            "se (?:corta|cortaba|corto|lastima|autolesiona|hace dano|hizo dano|hace cortes|"
            "hizo cortes) (?:los |las |sus |el |la )?(?:brazos|munecas|piernas|a si misma|"
            "a si mismo|otra vez|de nuevo|a proposito|cuando)",
        ),
        Rule(
            "other_at_risk",
            "(?:tiene|tenia|anda con|con|sigue con) (?:ideas|pensamientos|"
            "tendencias|intentos) suicidas|(?:esta|anda|sigue) (?:muy )?suicida|(?:intento|"
            "ha intentado) (?:suicidarse|el suicidio|matarse|quitarse la vida)|(?:quiere|queria|"
            "dice que quiere|dijo que quiere|dice q quiere|dice que se quiere|"
            "dijo que se quiere) (?:morir|morirse|matarse)(?! de (?:risa|verguenza|hambre)(?= ))",
        ),
        Rule(
            "other_at_risk",
            "(?:ya )?no quiere (?:vivir|seguir viviendo|existir|seguir con vida|"
            "estar vivo|estar viva|despertar)(?! (?:con|en|aqui con|junto|cerca|alli|ahi|"
            "sol[oa] en|sin (?:el|ella|ti))(?= ))|(?:mi|la|el|una|su) (?:amiga|amigo|amiguita|"
            "amiguito|hermana|hermano|hermanita|hermanito|hija|hijo|hijita|hijito|prima|primo|"
            "primita|primito|sobrina|sobrino|novia|novio|ex|companera|companero|mejor amiga|"
            "mejor amigo|roomie|nena|nene|mama|papa|vieja|viejo|chica|chico|pareja) (?:se corta|"
            "se cortaba|se lastima|se autolesiona|se hace cortes|se hace dano|se quema)(?! (?:el|"
            "la|los|las) (?:pelo|cabello|unas|flequillo|dedo)(?= ))",
        ),
        Rule(
            "other_at_risk",
            "(?:tiene|guarda|compro|consiguio) (?:una|la) (?:soga|"
            "cuerda) (?:en su|escondida|lista|preparada|para)|(?:tiene|guarda|junta|junto|"
            "esta juntando) (?:pastillas|cuchillas|navajas) (?:escondidas|guardadas|en su cuarto|"
            "debajo)",
        ),
        Rule(
            "other_at_risk",
            "(?:subio|publico|posteo|puso|mando|dejo|escribio) (?:una |"
            "un )?(?:despedida|carta de despedida|mensaje de despedida|nota de despedida|"
            "post de despedida|video de despedida|carta suicida|nota suicida)(?! (?:a (?:su|"
            "mi) ex|de (?:su|la) relacion)(?= ))",
        ),
        Rule(
            "other_at_risk",
            "(?:dejo|mando|subio|publico|escribio|puso) (?:una |un )?(?:carta|"
            "nota|mensaje raro|despedida|mensaje de despedida|audio de despedida)"
            + gap(4)
            + " (?:no contesta|no responde|no aparece|no lo encuentro|no la encuentro|desaparecio|"
            "no sabemos donde esta|no sabemos nada|apago el (?:cel|celular|telefono|movil)|"
            "no coge el telefono)",
        ),
        Rule(
            "other_at_risk",
            "(?:encontre|encontramos|hallé|halle|le encontre|vi) (?:las |unas |"
            "sus |varias )?(?:cuchillas|navajas|hojitas|gillettes|hojas de afeitar|"
            "cortes en (?:sus|los)|cicatrices en (?:sus|los)|pastillas escondidas|una soga|"
            "una cuerda escondida|una carta de despedida|una nota suicida)",
        ),
        # --- danger ---
        Rule(
            "danger",
            "si (?:lo|la|le|te) (?:dejo|denuncio|dejas|denuncias|engano|enganas|dejaba|"
            "dejabas|cuento|cuentas)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:me|te) (?:mata|matara|"
            "mataria|va a matar|mato|hace dano|va a hacer dano|destroza|revienta)",
        ),
        Rule(
            "danger",
            "(?:dijo|dicho|ha dicho|dice|decia|me dijo|me dice|me escribio|"
            "me ha escrito|me mando|me grito|amenazo|ha amenazado|amenaza|me amenazo|jura|juro|"
            "ha jurado|me juro|me advirtio|grito)(?: [^ ]+)?(?: que| q| k)?(?: si)?"
            + gap(4)
            + " (?:me mata|me mataria|me va a matar|me iba a matar|me matara|me mato|"
            "me va a hacer dano|me va a lastimar|me va a pegar|me rompe la cara|me parte la cara|"
            "me va a desfigurar|me quema|me va a quemar|me busca y me mata|me encuentra y me mata|"
            "nos mata|me (?:va|iba) a (?:buscar|encontrar|cazar|rastrear|desaparecer)|"
            "me va a partir la cara|te mato|me desaparece|me apunala|me apuñala|me acuchilla)",
        ),
        Rule(
            "danger",
            _PERSON + "(?: [^ ]+)?(?: [^ ]+)? (?:me va a|me quiere|me amenazo con|"
            "me amenaza con|amenaza con|amenazo con|me puede|podria|me iba a|es capaz de|"
            "me va a volver a|me quiso|intento|trato de) (?:matar|hacer dano|lastimar|pegar|"
            "golpear|desfigurar|apunalar|acuchillar|quemar|ahorcar|estrangular|secuestrar|matarme|"
            "hacerme dano|lastimarme|pegarme|golpearme|quemarme|ahorcarme|estrangularme|"
            "apunalarme|acuchillarme|desfigurarme|violar|violarme|atropellar|atropellarme|"
            "partirme la cara|romperme la cara)",
        ),
        Rule(
            "danger",
            "(?:amenaz[^ ]*|juro|jura|dijo que|dice que|me dijo que|me va a|va a|"
            "quiere|intento) (?:con )?(?:matarme|hacerme dano|pegarme|golpearme|lastimarme|"
            "quemarme|apunalarme|desfigurarme|quitarme|llevarse|robarse|secuestrar|quitar|"
            "hacerle dano a|lastimar a|matar a) (?:a )?" + _CHILDREN,
        ),
        Rule(
            "danger",
            "(?:amenaz[^ ]*) (?:con )?(?:matarme|matarnos|hacerme dano|pegarme|"
            "golpearme|lastimarme|quemarme|apunalarme|desfigurarme|matar|violarme|tirarme acido|"
            "echarme acido|secuestrarme|hacernos dano)|(?:me|nos) (?:amenazo|amenaza|amenazaba|"
            "amenazó|esta amenazando|sigue amenazando) de muerte|amenazas de muerte",
        ),
        Rule(
            "danger",
            "(?<!mama )(?<!madre )(?<!jefe )(?<!jefa )(?<!papa )(?<!padre )(?<!vieja )"
            "(?<!viejo )(?<!profe )(?<!examen )(?<!abuela )(?<!hermana )(?<!hermano )me (?:va a|"
            "quiere|iba a) matar" + gap(6) + " (?:tengo miedo|miedo|me da miedo|ayuda|ayudenme|"
            "auxilio|estoy asustada|estoy asustado|estoy aterrada|estoy aterrado|que hago|"
            "llamo a la policia)",
        ),
        Rule(
            "danger",
            "(?:trato de|quiso|intento|me intento|casi me) (?:atropellarme|ahorcarme|"
            "estrangularme|apunalarme|ahogarme|envenenarme|asfixiarme|atropellar|ahorcar|"
            "estrangular|apunalar|matar)|me (?:quiso|intento|trato de) (?:matar|atropellar|"
            "ahorcar|estrangular|apunalar|ahogar|envenenar|asfixiar)|me tiene (?:amenazada|"
            "amenazado|amedrentada|vigilada|vigilado|encerrada|encerrado|secuestrada)",
        ),
        Rule(
            "danger",
            "(?:me )?(?:quiere|va a) matarme|me (?:quiere|va a) matar|me (?:esta |"
            "anda )?(?:stalkeando|stalkea)(?! (?:en|por) (?:insta|ig|redes|tiktok|face|twitter|"
            "instagram)(?= ))",
            ask=True,
        ),
        Rule(
            "danger",
            "(?:le|les) (?:va a|iba a|puede|quiere) (?:hacer dano|hacer algo|lastimar|"
            "pegar|matar) (?:a )?"
            + _CHILDREN
            + "|(?:hacerle dano|lastimar|matar|pegarle) (?:a )?"
            + _CHILDREN
            + "|no (?:voy|vas|volvere|volveras) a (?:volver a )?ver (?:a )?"
            + _CHILDREN
            + "|(?:llevar|llevarse|quitarme|quitar|robarse|robar|secuestrar) a "
            + _CHILDREN
            + gap(6)
            + " (?:nunca mas|no (?:los|las|la|lo) (?:voy|vas|vuelvo|"
            "volveras|volvere) a|jamas|del pais|y desaparecer|lejos de mi|y no (?:me|te) (?:deja|"
            "dejara|va a dejar))",
        ),
        Rule(
            "danger",
            "(?:se va a|me va a|se quiere|me quiere|amenaza con|dice que se va a|"
            "dijo que se iba a) (?:llevar|quitar|robar) (?:a )?" + _CHILDREN + "(?! (?:el|este|al|"
            "a la|de) (?:fin|finde|sabado|domingo|viernes|parque|cine|escuela|colegio|playa|"
            "casa de)(?= ))",
            ask=True,
        ),
        Rule(
            "danger",
            "(?:tengo|me da|siento) (?:mucho |un )?miedo (?:de |a )?(?:que|q|k) (?:me|"
            "nos) (?:mate|haga algo|haga dano|lastime|pegue|encuentre|busque|vuelva a pegar|"
            "ataque|lastime|haga algo malo|viole|secuestre|quite a los ninos|quite a mis hijos)|"
            "(?:temo|tengo miedo) por mi vida|miedo (?:de que|q|que|a que) me mate|(?:tengo miedo|"
            "temo) por (?:mis hijos|los ninos|mi hija|mi hijo)",
        ),
        Rule(
            "danger",
            "no me siento (?:segura|seguro|a salvo) (?:en (?:mi|la) casa|con el|"
            "con ella|en ningun lado|en mi propia casa|saliendo de casa)|me da miedo (?:volver|ir|"
            "regresar|llegar|salir) (?:a|de) (?:mi )?casa",
        ),
        Rule(
            "danger",
            _NOT + "(?:el|ella|mi ex|me|m)(?: [^ ]+)? (?:pego|pegaba|pega|golpeo|"
            "golpea|golpeaba|cacheteo|cachetea|abofeteo|pateo|patea|empujo|empujaba|"
            "tiro al (?:piso|suelo)|estrello contra|jalo del pelo|jalo de los pelos|tiro del pelo|"
            "agarro a golpes|agarro a patadas|agarro a trompadas|dio una cachetada|dio una paliza|"
            "dio un punetazo|dio una patada|dio un golpe|dio una bofetada|dio un bofeton|"
            "dio una golpiza|dejo un ojo morado|puso un ojo morado|reviento|pego una paliza|"
            "pego una cachetada)(?! (?:la gripe|el covid|el resfriado|un susto|un grito|"
            "unos gritos|su [^ ]+|fuerte (?:la|esa|el)|en el corazon|mas|con ese|la cancion|"
            "el sol|la resaca|el bajon|el cansancio|un bajon|la cabeza contra|a mi misma|"
            "a mi mismo|la mania|sus manias|en el orgullo|donde mas duele|hondo|duro|fuerte|"
            "distinto|"
            "diferente|raro|de otra forma|de otra manera|"
            "re duro|re fuerte|a (?:hacer|ser|seguir|intentar|estudiar|cambiar|mejorar|"
            "dejar))(?= ))(?! (?!cuando)[^ ]*ndo(?= ))",
        ),
        Rule(
            "danger",
            "(?:me|la|m) (?:agarro|tomo|cogio|apreto|sujeto|agarraba|agarra|"
            "tomaba) (?:fuerte )?(?:del|por el|de la) (?:cuello|garganta|pelo)|(?:me )?(?:apreto|"
            "apretaba|aprieta|estrujo) el cuello|(?:sus )?manos (?:en|"
            "alrededor de) (?:mi )?(?:cuello|garganta)|me (?:ahorco|ahorcaba|ahorca|estrangulo|"
            "estrangulaba|estrangula|asfixio|asfixiaba|asfixia|sofoco|ahogaba)(?! (?:de (?:risa|"
            "calor|tanto))(?= ))|no me dejaba respirar",
        ),
        Rule(
            "danger",
            "(?:me|nos) (?:violo|violaron|abuso|forzo a|obligo a tener|"
            "obligo a acostarme|obligo a hacer)|abuso (?:sexualmente )?de mi",
        ),
        Rule(
            "danger",
            "(?:tiene|trae|traia|saco|saca|compro|llevaba|lleva|me mostro|me enseno|"
            "agarro|agarra|saco un|esconde) (?:una|un|su|el|la) (?:pistola|arma|cuchillo|navaja|"
            "revolver|fusca|escopeta|machete|fierro|cuchilla|emj_knife|emj_gun)(?! (?:de agua|"
            "de juguete|de cocina nuevo|en el juego|del juego)(?= ))",
        ),
        Rule(
            "danger",
            "(?:me|nos) (?:amenazo|amenaza|amenazaba|ataco|persiguio|apunto|apuntaba|"
            "apunta|vino) con (?:una|un|su|el|la) (?:pistola|arma|cuchillo|navaja|revolver|fusca|"
            "escopeta|machete|bate|botella|tijeras|martillo|emj_knife|emj_gun|fierro|cuchilla)|"
            "(?:me )?(?:puso|pusieron|ponia) (?:un|el|una|la|su) (?:cuchillo|pistola|arma|"
            "navaja) (?:en|contra) (?:el|la|mi) (?:cuello|cabeza|cara|pecho|garganta|estomago)",
        ),
        Rule(
            "danger",
            "(?:usar|usarla|usarlo|la va a usar|lo va a usar|la usa|lo usa|"
            "usara) (?:conmigo|contra mi|en mi contra)|me (?:disparo|disparó|apunalo|acuchillo|"
            "dio un tiro|pego un tiro|dio una punalada|clavo un cuchillo)",
        ),
        Rule(
            "danger",
            "si no (?:eres|sos|vas a ser|seras|estas|estás|eres mia|sos mia) (?:mia|"
            "mio|conmigo|para mi)" + gap(3) + " (?:no (?:eres|sos|vas a ser|seras|seras de|"
            "vas a estar con|estaras con)|de) (?:de )?nadie|"
            "si no es conmigo(?: [^ ]+)?(?: [^ ]+)? (?:no es|no sera|no vas a estar) con nadie|"
            "si yo no te (?:tengo|puedo tener) nadie",
        ),
        Rule(
            "danger",
            _NOT + "(?:me|m) (?:sigue|seguia|siguio|sigio|esta siguiendo|"
            "anda siguiendo) (?:a todos lados|a todas partes|por todos lados|por todas partes|"
            "hasta (?:mi|la|el) [^ ]+|a (?:mi )?casa|al trabajo|al laburo|a la chamba|a la uni|"
            "a la facu|por la calle|en (?:el|su) (?:carro|coche|auto)|desde (?:el|la|mi) [^ ]+|"
            "de lejos|todo el dia|cuando salgo|a donde voy|adonde voy|donde voy|por donde voy)",
        ),
        Rule(
            "danger",
            _NOT + "me (?:estuvo|esta|anda|ha estado|sigue|estaba|andaba|"
            "ha andado) (?:siguiendo|persiguiendo|vigilando|espiando|acechando|rondando)(?! (?:en|"
            "por) (?:insta|ig|redes|face|twitter|tiktok|instagram|las redes|whatsapp)(?= ))",
        ),
        Rule(
            "danger",
            _NOT + "(?:me|m) (?:esta persiguiendo|persigue|perseguia|persiguio|"
            "esta acosando|acosa|acosaba|sigue acosando|anda acosando|vigila|esta vigilando|espia|"
            "esta espiando|rastrea|esta rastreando|esta stalkeando en persona|acecha|"
            "esta acechando)(?! (?:su recuerdo|el recuerdo|la imagen|su olor|esa cancion|la culpa|"
            "su cara|en suenos|en mis suenos|en (?:insta|ig|redes|face|twitter|tiktok|instagram|"
            "las redes)|por (?:insta|ig|redes|whatsapp|wsp|wpp|mensajes))(?= ))|(?:es|un|"
            "se volvio|se convirtio en) (?:un |una )?(?:acosador|acosadora|"
            "stalker)(?! (?:de (?:insta|redes|ig|instagram|tiktok))(?= ))",
        ),
        Rule(
            "danger",
            "(?:esta|estaba|sigue|anda|se queda|se para|se paro|se planto|parado|"
            "parada|esperandome|rondando|merodeando|apostado|estacionado|dando vueltas|golpeando|"
            "tocando|gritando|aparece)(?: otra vez| de nuevo| siempre|"
            " todos los dias)? (?:afuera de|fuera de|en la puerta de|frente a|enfrente de|"
            "delante de|afuera del|fuera del|por|cerca de|en|alrededor de) "
            + _HOME
            + "(?! (?:para (?:devolver|traer|dejar|recoger|buscar)|a (?:devolver|traer|dejar|"
            "recoger|buscar))(?= ))",
        ),
        Rule(
            "danger",
            "(?:esperando|esperandome|me espero|me esperaba|vino|llego|aparecio|"
            "se presento|me siguio|me persiguio|entro|se metio|"
            "me busco)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? con (?:un|una|su|el|"
            "la) (?:cuchillo|pistola|navaja|arma|machete|bate|fierro|cuchilla|emj_knife|emj_gun)|"
            "(?:afuera|fuera|a la salida|enfrente|frente|en la puerta) del (?:trabajo|gym|"
            "gimnasio|edificio|colegio|uni|laburo|depa|curro|metro)(?= (?:otra vez|de nuevo|todos|"
            "cada|esperando|con|y (?:tengo|me da) miedo)(?: |$))",
        ),
        Rule(
            "danger",
            "(?:me espera|me esperaba|me esta esperando|esperandome|"
            "me aguarda)(?: [^ ]+)? (?:afuera|fuera|a la salida|en la salida|en la puerta|"
            "todos los dias|cada dia|siempre|escondido|en la esquina)",
        ),
        Rule(
            "danger",
            "(?:se presento|aparecio|vino|llego|se aparecio|caiga|cayo|se metio|"
            "se planto) (?:en|a) " + _HOME + gap(10) + " (?:miedo|asustada|asustado|gritos|"
            "gritando|borracho|borracha|amenazando|amenazo|golpeando|policia|seguridad|patrulla|"
            "a los gritos|aterrada|aterrado|temblando|violento|violenta|cuchillo|pistola|"
            "me escondi|encerre|no se queria ir|no se iba)",
        ),
        Rule(
            "danger",
            "(?:se presento|aparecio|se aparecio|se planto|se metio) (?:en|a) " + _HOME,
            ask=True,
        ),
        Rule(
            "danger",
            "(?:sabe|descubrio|averiguo|encontro|sabe ya|ya sabe) (?:donde|en donde|"
            "dnd) (?:vivo|estoy|trabajo|me quedo|me mude|duermo)",
        ),
        Rule(
            "danger",
            "(?:me )?(?:puso|instalo|metio|escondio) (?:un |una )?(?:rastreador|gps|"
            "localizador|airtag|app espia|camara)|(?:rastrea|rastreando|espia|espiando|hackeo|"
            "hackea) (?:mi )?(?:celular|telefono|movil|ubicacion|whatsapp|cel|correo|cuentas)",
        ),
        Rule(
            "danger",
            "(?:tiro|tiraba|rompio|rompia|pateo|pateaba|golpeo|golpeaba|golpeando|"
            "aporreo|aporreando|pateando|intento tirar|quiso tirar|quiso romper|intento romper|"
            "forzo|forzando) (?:la|mi) (?:puerta|ventana|cerradura)|(?:se metio|entro|"
            "se metio a la fuerza|entro a la fuerza) (?:en|a) (?:mi|la) (?:casa|depa|departamento|"
            "piso|cuarto)(?= $| (?:sin|a la fuerza|de noche|anoche|cuando|en la noche|"
            "por la noche|de madrugada|mientras)(?: |$))|(?:rompio|rayo|poncho|ponchó|pincho|"
            "destrozo) (?:mi|las|los) (?:carro|coche|auto|llantas|ruedas|ventanas|vidrios)",
        ),
        Rule(
            "danger",
            "(?:me )?(?:mando|manda|envio|envia) (?:una )?(?:foto|fotos|"
            "video) de (?:mi|la) (?:casa|puerta|ventana|carro|coche|trabajo|calle)|me encerro|"
            "me encierra|no me deja salir(?: de casa)?|(?:se puso|se pone|es|fue|esta) (?:muy |"
            "super |re )?(?:violento|violenta|agresivo conmigo|agresiva conmigo)",
        ),
        Rule(
            "danger",
            "(?:tengo|me da) (?:mucho )?miedo de (?:el|ella|mi ex|"
            "lo que (?:me )?pueda hacer|lo que (?:es|sea) capaz de hacer)|(?:te vas a|"
            "vas a) arrepentir|me las vas a pagar|me la vas a pagar|orden de alejamiento|"
            "orden de restriccion|medida cautelar|(?:publicar|subir|pasar|mandar|"
            "filtrar) (?:mis )?(?:fotos intimas|nudes|packs|videos intimos|fotos desnuda)",
            ask=True,
        ),
        Rule(
            "danger",
            "(?<!para mi )(?<!pa mi )(?:estas|estás|ya estas|"
            "tas) muert[oa](?! (?:para mi|pa mi|jaja[^ ]*|xd)(?= ))|(?:te voy a|te va a|"
            "voy a) matar(?= $| (?:si|cuando|cuando te|en cuanto|lo juro|te lo juro|perra|puta|"
            "hija de)(?: |$))",
            ask=True,
        ),
        # --- wider families: the same intents in other words ---
        # Explicit ways of dying are no joke even with laughter (only hyperboles are downgraded).
        Rule(
            "suicidal",
            _NOT + _WANT + " (?:suicidarme|quitarme la vida|acabar con mi vida|"
            "terminar con mi vida|envenenarme|desaparecer de este mundo|dejar de existir|"
            "dejar de vivir|no despertar nunca mas)",
        ),
        Rule(
            "suicidal",
            "(?:tirarme|aventarme|arrojarme|lanzarme|me tiro|me aviento|me arrojo|me lanzo|"
            "me voy a tirar|me quiero tirar|me voy a aventar|me quiero aventar|saltar|me voy a "
            "lanzar) "
            "(?:del|por el|por la|de la|desde el|desde la|desde un|desde una|de un|de una|al|a un) "
            "(?:[^ ]+ )?(?:balcon|ventana|puente|edificio|azotea|techo|terraza|tren|vias|metro|"
            "precipicio|acantilado|barranco|piso [0-9]+|rio|vacio|cornisa)",
            ask=True,
        ),
        Rule(
            "suicidal",
            _NOT + "(?:no|ya no) (?:quiero|kiero|qiero|quisiera|tengo ganas de) seguir "
            "(?:viviendo|con vida|vivo|viva|existiendo|respirando|en este mundo)(?! (?:con|en|aqui "
            "con|"
            "asi con|de alquiler|juntos)(?= ))",
        ),
        Rule(
            "suicidal",
            "(?:no|ya no|ni) (?:le )?(?:veo|encuentro|tiene) (?:ningun |ni un |el )?(?:caso|"
            "sentido|motivo|razon) (?:a |de |para |pa )?(?:seguir|continuar|estar|quedarme) "
            "(?:aqui|aca|"
            "vivo|viva|viviendo|con vida|en este mundo|respirando|existiendo)(?! (?:en (?:esta|"
            "este|la|"
            "el) (?:empresa|trabajo|chamba|ciudad|pais|depa|relacion|grupo|curro|uni|carrera|casa)|"
            "con (?:el|ella|esto|vos|ustedes))(?= ))",
        ),
        Rule(
            "plan",
            "(?:total|para entonces|cuando (?:lean|leas|vean|veas) (?:esto|este mensaje))"
            "(?: [^ ]+)?(?: [^ ]+)? (?:yo |ya )?no (?:voy a|vaya a|vo a|creo que vaya a) estar"
            "(?! (?:en|de|por|con|disponible|libre|alli|ahi|presente)(?= ))|ya no (?:voy a|"
            "vaya a) estar (?:aqui|aca|para (?:nadie|ustedes|ti|usarl[oa]s?|verl[oa]s?))(?= $| )|"
            "(?:no|ya no) (?:voy a|vaya a) estar (?:mucho tiempo|por mucho tiempo|mucho mas) "
            "(?:aqui|aca|en este mundo)",
        ),
        Rule(
            "suicidal",
            _NOT + "(?:darme piso|darse piso|me doy piso|me quiero dar piso|me voy a dar piso|"
            "dar(?:me)? en la madre(?= $| ya)|petatearme|me quiero petatear|me voy a petatear|"
            "aventarme un tiro|me aviento un tiro|me quiero aventar un tiro|volarme los sesos)",
        ),
        Rule(
            "suicidal",
            "(?:ya lo decidi|ya decidi|lo decidi|lo tengo decidido|esta decidido|ya esta "
            "decidido)"
            + gap(4)
            + " (?:voy a |me voy a )?(?:acabar|terminar) con (?:esto|todo|mi vida)|"
            "(?:acabar|terminar) con (?:esto|todo)" + gap(4) + " (?:no (?:intentes|trates de|me "
            "intentes|me trates de) (?:convencerme|detenerme|pararme|hacerme cambiar)|no me "
            "(?:detengas|"
            "busques)|ya lo decidi|es mi decision)",
        ),
        Rule("suicidal", "voy a acabar con esto(?= $)", ask=True),
        Rule(
            "passive",
            "(?:desaparecer|desaparezco|desaparecerme|esfumarme|dormir|dormirme|"
            "quedarme dormid[oa]) (?:para|pa|por) siempre(?! (?:de (?:su|tu|la) vida|de (?:aqui|"
            "esta "
            "ciudad|este pais|redes|insta|las redes)|con (?:el|ella))(?= ))",
        ),
        Rule(
            "passive",
            "(?:dormir|dormirme|acostarme|cerrar los ojos|me duermo|me dormi) (?:y )?(?:no|"
            "nunca|ya no|no volver a) (?:abrir|abrirlos|despertar|despertarme|volver a abrir|"
            "volver a "
            "despertar|levantarme)(?: los ojos)?(?: nunca mas| nunca| jamas| mas)?",
        ),
        Rule(
            "passive",
            "(?:desearia|quisiera|quiciera|ojala|preferiria|hubiera preferido|me gustaria) "
            "(?:no|nunca|jamas) (?:haber nacido|hubiera nacido|haber existido|hubiera existido)",
        ),
        Rule(
            "passive",
            "(?:dios|diosito|el de arriba|el senor|la virgen)(?: [^ ]+)?(?: [^ ]+)? (?:que |"
            "q |k )?(?:me lleve|me llevara|me recoja|se me lleve|me llevase)(?! (?:a (?:casa|ver|"
            "mi casa|"
            "la playa|un|una)|de (?:viaje|vacaciones))(?= ))|(?:le pido|le ruego|le rezo|"
            "pidiendole|"
            "rogandole) (?:a dios |a diosito |al de arriba )?(?:que|q|k) me (?:lleve|recoja|deje "
            "morir|"
            "muera)",
        ),
        Rule(
            "passive",
            "(?:no|ya no) (?:quiero|kiero) (?:estar|seguir) (?:aca|aqui|en este mundo)"
            "(?= $| (?:ya|mas|nunca|la verdad|de verdad)(?: |$))",
            ask=True,
        ),
        Rule(
            "passive",
            "(?:me daria igual|me da igual|me daria lo mismo|no me importaria|me valdria|"
            "me vale)(?: [^ ]+)? (?:no estar|no existir|morir|morirme|no despertar|no despertarme|"
            "desaparecer|que me pase algo|si me muero|si no despierto|dejar de existir)(?! (?:en|"
            "de|con) "
            "[^ ]+(?= ))",
        ),
        Rule(
            "passive",
            "(?:ojala|quisiera que|ojala que) me (?:diera|de|agarrara|agarre|pegara|pegue|"
            "diese|cayera|caiga|atropellara|atropelle) (?:algo|un infarto|un paro|un aneurisma|"
            "un derrame|un cancer|cancer|un rayo|un camion|un carro|un coche|un bus)(?! (?:de|para|"
            "bonito|lindo|bueno)(?= ))|(?:un infarto|un aneurisma|un paro cardiaco|un derrame) "
            "(?:y ya|"
            "y se acabo|y listo|y me muero|y adios)",
        ),
        Rule(
            "passive",
            "(?:ya no|pronto no|pronto ya no|no) (?:voy a ser|sere|voy a seguir siendo) "
            "(?:un problema|una carga|un estorbo|una molestia) (?:para|pa) (?:nadie|ustedes|mi "
            "familia)|"
            "(?:casi|por poco) (?:me atropella[^ ]*|me mato|me muero|choco|chocamos)"
            + gap(8)
            + " (?:decepcionad[ao]|me dio pena que no|lastima que no|ojala hubiera|una pena)",
        ),
        Rule(
            "plan",
            "(?:deje|escribi|dejo|escribo|termine|estoy escribiendo) (?:una |unas |las |mis )?"
            "(?:carta|cartas|nota|notas) (?:para|a|pa) (?:mi|mis) [^ ]+(?: [^ ]+)?(?: [^ ]+)? y "
            "(?:otra|"
            "una) (?:para|a|pa)|(?:deje|escribi|dejo|termine) (?:unas |las |mis )?(?:cartas|notas) "
            "(?:para|"
            "a|pa) (?:mi|mis) [^ ]+" + gap(8) + " (?:esta noche|hoy|manana|adios|ya esta|es hoy|"
            "ya no voy)|(?:esta noche|hoy) es(?= $)",
        ),
        Rule(
            "self_harm",
            "(?:tapo|tapar|taparme|esconder|escondo|ocultar|oculto|cubrir|cubro|cubrirme|"
            "disimular|disimulo|tapando|escondiendo) (?:los|mis|las) (?:cortes|cicatrices|marcas|"
            "quemaduras|heridas|rayitas)(?! (?:del (?:gato|perro|accidente)|de (?:la operacion|la "
            "cirugia|acne|la varicela))(?= ))|(?:cortes|cortadas|rayitas) (?:de|en) (?:las|los|"
            "mis) "
            "(?:piernas|brazos|munecas|muslos|pantorrillas)",
        ),
        Rule(
            "self_harm",
            "(?:me hice|me hago|me estoy haciendo|me volvi a hacer|hacerme) (?:unas |unos |"
            "mas |otras |otros |varios |varias )?(?:rayitas|rayas|cortes|cortecitos|cortadas|tajos|"
            "quemaduras) (?:en|sobre) (?:el|la|los|las|mi|mis) (?:brazo|brazos|pierna|piernas|"
            "muneca|"
            "munecas|muslo|muslos|panza|barriga|estomago|piel|mano|manos|tobillo)|me (?:corte|"
            "corto|"
            "cortaba|raye|rayo|rasgue) con (?:el|un|una|la) (?:sacapuntas|cutter|gillette|gilette|"
            "navaja|hojita|hoja de afeitar|rastrillo|cuchilla)|me (?:apague|apago) (?:un|el|los) "
            "(?:cigarro|cigarrillo|pucho|tabaco|cigarros) en (?:el|la|mi|los|las) (?:brazo|brazos|"
            "mano|"
            "manos|pierna|piel|muneca)",
        ),
        Rule(
            "danger",
            "si (?:me|te|la|lo) (?:ve|ves|veo|vuelve a ver|encuentra|encuentro|pilla|pillo|"
            "cacha|cacho|agarra) con (?:otro|otra|alguien|otro tipo|otro wey|otro chavo|otra "
            "persona|"
            "un tipo|otro hombre|otra mina)"
            + gap(6)
            + " (?:(?:me|te|nos|los|las|la|lo|les) (?:mata|"
            "matara|mato|va a matar|rompe|parte|desfigura|marca|quema|hace algo|hace dano)|(?:me |"
            "te )?"
            "deja (?:la cara )?marcad[ao]|no respond[eo]|se mueren|nos mata|los mata|a los dos|"
            "la cara marcada)",
        ),
        Rule(
            "danger",
            "(?:me|te) (?:deja|dejo|va a dejar|voy a dejar|dejara) la cara (?:marcada|"
            "desfigurada|rota)|(?:desfigurarme|marcarme la cara|romperme la cara|rajarme la cara)",
        ),
        Rule(
            "danger",
            "(?:se presento|aparecio|se aparecio|se planto|llego|vino|me encontro|"
            "me espero) (?:en|a|afuera de|fuera de) (?:la|el|mi) (?:facu|facultad|uni|universidad|"
            "escuela|trabajo|chamba|laburo|oficina|gym|gimnasio|casa|depa|departamento|curro|prepa)"
            + gap(10)
            + " (?:no le (?:conte|dije|di) (?:a nadie|mi|donde)|nadie sabia|nunca le dije|"
            "como supo|como sabia|me temblaba[^ ]*|temblaba[^ ]*|temblando|tiemblo|miedo|panico|"
            "asustad[ao]|aterrad[ao])",
        ),
        Rule(
            "danger",
            "(?:dice|dijo|amenaza|amenazo|me dijo|me dice|me escribio)(?: [^ ]+)?(?: que| q| k)?"
            + gap(6)
            + " (?:les|le) (?:va a pasar|pasara|puede pasar|podria pasar) algo|(?:los ninos|"
            "mis hijos|los nenes|mi hijo|mi hija|los chicos|los peques) (?:lo )?van a pagar",
        ),
        Rule(
            "danger",
            "(?:esta|sigue|anda|estaba) (?:en|afuera de|fuera de|frente a) (?:la|mi) "
            "(?:puerta|ventana|casa|depa|edificio|portal)" + gap(3) + " (?:gritando|pateando|"
            "golpeando|aporreando|amenazando|insultando|borracho|borracha|queriendo entrar|"
            "intentando "
            "entrar|tratando de entrar)|(?:pateando|golpeando|aporreando|tumbando|forzando) (?:la|"
            "mi) "
            "puerta(?= $| (?:ahora|y|no|otra vez|de nuevo)(?: |$))",
        ),
        Rule(
            "danger",
            "(?:mirando|vigilando|observando|viendo) (?:mi|mis) (?:ventana|ventanas|casa|"
            "depa|puerta|balcon)|aparece (?:en todos lados|en todas partes|donde (?:sea|voy|estoy|"
            "este)|por todos lados)",
        ),
        Rule(
            "danger",
            "(?:todavia|aun|esto) no (?:terminamos|hemos terminado|se acaba|se termina)"
            "(?: aqui| aca| asi)?|(?:esto|esta) no se (?:queda|va a quedar) asi",
            ask=True,
        ),
        Rule(
            "other_at_risk",
            "(?:cuida|cuidame|cuiden|cuidas) (?:a |de )?(?:la|el|mi|mis|los|las) "
            "[^ ]+ (?:por mi|x mi)|(?:se despidio|me dijo adios|perdon por todo|lo siento por todo|"
            "ya no (?:les|te|los) voy a molestar|ya no voy a ser un problema)"
            + gap(10)
            + " (?:no contesta|no responde|no me contesta|no me responde|no atiende|tiene el "
            "(?:cel|"
            "celular|telefono) apagado|apago el (?:cel|celular|telefono)|no lo encuentro|no la "
            "encuentro|"
            "no da senales)",
        ),
        Rule(
            "suicidal",
            "(?:pienso|pensando|pense) en (?:el )?suicido|(?:busco|buscando|busque|"
            "googleo|googlee|googleando|investigo|investigando|investigue) (?:en google |en "
            "internet )?"
            "(?:como|formas de|maneras de|metodos para|metodos de|la forma de|la manera de) "
            "(?:matarme|"
            "suicidarme|suicidarse|matarse|morir sin dolor|quitarme la vida|quitarse la vida)",
        ),
        Rule(
            "self_harm",
            "(?:recai|recaida|recaer|volvi a caer|otra vez|de nuevo)(?: [^ ]+)? "
            "(?:emj_knife|emj_blood)",
        ),
        Rule("danger", "o (?:eres|sos|seras) (?:mia|mio) o (?:de )?(?:nadie|de nadie|de ninguno)"),
        # --- round 2: indirect decisions, passive wishes, plans said without naming death ---
        Rule(
            "suicidal",
            "(?:estarian|estaria|estarán|vivirian|serian|irian|les iria|les ira|estaran) (?:mu"
            "cho )?"
            "(?:mejor|mas tranquil[oa]s|mas felices|mas a gusto) sin (?:una madre como yo|"
            "un padre como yo|alguien como yo|una persona como yo|mi|mi presencia)",
        ),
        Rule(
            "suicidal",
            "(?:pensar|pensando|pienso|pense|buscando|busco|buscar|mirando) (?:en )?(?:la manera|"
            "la forma|el modo|el metodo|como) de hacerlo|(?:repaso|repasando|planeo|planeando|"
            "imagino|imaginando|pienso|pensando) (?:en )?como lo haria",
            ask=True,
        ),
        Rule(
            "suicidal",
            "ya no me pregunto si(?: [^ ]+)?(?: [^ ]+)?(?: sino| si no)? (?:me pregunto )?"
            "(?:cuando|como)|"
            "no es (?:si|cuestion de si)(?: [^ ]+)? (?:es|sino) (?:cuando|como)",
        ),
        Rule(
            "suicidal",
            "(?:decidi|he decidido|ya decidi|lo decidi|tengo decidido|ya lo decidi) "
            + _Q
            + " no (?:voy a seguir|sigo|quiero seguir|voy a continuar|continuo|llego|voy a llegar)"
            "(?! (?:en|con|trabajando|estudiando|aqui|ahi|alli|aca|yendo|pagando|saliendo)(?= ))",
        ),
        Rule(
            "suicidal",
            "(?:estoy viendo|nomas estoy viendo|solo estoy viendo|solo falta decidir|falta ver) "
            "(?:cuando|el cuando|el dia|como)|no hay marcha atras|lo tengo (?:re |muy |bien )?"
            "(?:pensado|decidido)(?! (?:lo de|el viaje|lo del|para|con))",
            ask=True,
        ),
        Rule(
            "suicidal",
            "(?:esto|todo esto|todo) lo (?:termino|acabo|voy a terminar|voy a acabar|termina|"
            "arreglo) yo|lo (?:voy a terminar|voy a acabar|termino|acabo) yo(?: mism[oa])?"
            "(?! (?:el|la|los|las|manana|hoy|luego|despues|esta|este|mas tarde|en)(?= ))",
            ask=True,
        ),
        Rule(
            "suicidal",
            "lo (?:voy a terminar|voy a acabar|termino|acabo) yo(?: mism[oa])?"
            + gap(6)
            + " (?:no hay marcha atras|se jodan|de una vez|para siempre|ya decidi|lo tengo dec"
            "idido|"
            "nadie me para|ya va a pasar)|(?:ya va a pasar|va a pasar|no pasa)"
            + gap(6)
            + " lo (?:voy a terminar|voy a acabar|termino|acabo) yo",
        ),
        Rule(
            "suicidal",
            "(?:cumple|cumpleanos|navidad|ano nuevo|fin de ano|verano|las fiestas)"
            + gap(5)
            + " no (?:pienso|voy a|creo|creo que|creo q) (?:llegar|estar)|no (?:pienso|voy a) "
            "llegar (?:a|al) (?:mi )?(?:cumple|cumpleanos|navidad|ano nuevo|fin de ano|verano)",
        ),
        Rule(
            "suicidal",
            "(?:quitar|quitarme|sacar|tomar|terminar|finalizar|perder) (?:la |a )?mi (?:propia )?"
            "vida|(?:quitarme|sacarme) (?:del|de en|de) ?medio",
        ),
        Rule(
            "suicidal",
            "(?:yo|ni yo|yo tampoco|y yo) (?:tampoco |no )?(?:pronto|dentro de poco|en breve|"
            "muy pronto)",
        ),
        Rule(
            "suicidal",
            "si (?:manana|esta noche|mañana) no (?:contesto|respondo|aparezco|escribo|me conecto)"
            "(?: [^ ]+)? ya (?:saben|sabes|sabeis|sabran|sabras)|mentira(?: [^ ]+)? (?:bueno )?"
            "no tanto",
            ask=True,
        ),
        Rule(
            "passive",
            "(?:ojala|quisiera|quiero|me gustaria|espero|rezo para|deseo)(?: [^ ]+)? "
            + _Q
            + " me (?:atropell[^ ]*|arroll[^ ]*|pis[ae][^ ]*|llev[ae][^ ]*|parta un rayo|cai[gn]a "
            "(?:un|una|algo)|mat[ae][^ ]*|toque (?:un|una|algo))",
        ),
        Rule(
            "passive",
            "(?:me durmiera|me dormiera|durmiera|me quedara dormid[oa]|me fuera a dormir) "
            "(?:y|e) (?:ya )?no (?:despertase|despertara|me despertara|me despertase|"
            "volviera a despertar)|si (?:no|ya no) (?:despierto|despertara|despertase) "
            "(?:manana|mas|nunca|nunca mas)",
        ),
        Rule(
            "passive",
            "(?:si me muero (?:manana|hoy|esta noche|ya|pronto)|si (?:manana|hoy|esta noche) "
            "me muero)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? "
            "(?:me da (?:lo mismo|igual)|da igual|me vale|seria un (?:descanso|alivio)|"
            "no pasa nada|que importa|q importa|mejor)",
        ),
        Rule(
            "passive",
            "(?:cansad[oa]|harto|harta|agotad[oa]|podrid[oa])" + gap(4) + " de (?:estar viv[oa]|"
            "existir|respirar|seguir viv[oa])|desaparecer (?:pero )?(?:tipo |como |en plan |"
            "asi )?(?:para siempre|pa siempre|de verdad|del todo)(?! (?:de|del)(?= ))" + _NO_LAUGH,
        ),
        Rule(
            "plan",
            "(?:lo|la) (?:vea|lea|encuentre|reciba|veas|lean|vean) cuando (?:ya )?(?:no (?:este|"
            "estea|exista)|me haya ido|ya me haya ido)|(?:programe|programo|deje programado|"
            "programado) (?:un |el )?(?:mensaje|mail|correo|msj|post)"
            + gap(8)
            + " (?:cuando ya no|despues|adios|despedirme)",
        ),
        Rule(
            "plan",
            "(?:sentad[oa]|parad[oa]|de pie|estoy|toy) (?:en|sobre) (?:la orilla|el borde|la c"
            "ornisa|"
            "el barandal|la baranda) (?:de la|del) (?:azotea|techo|tejado|puente|terraza|"
            "acantilado|edificio)",
        ),
        Rule(
            "plan",
            "(?:me tome|me trague|me he tomado|me acabo de tomar|me meti|tome|me bebi) "
            "(?:la caja entera|toda la caja|todo el bote|el bote entero|todo el frasco|"
            "el frasco entero|un blister entero|el blister entero|la tira entera|todas las de|"
            "las de dormir|toda la tira)(?! (?:de|del) (?!(?:pastillas|pastis|pildoras|las|los|"
            "calmantes|rivotril|clonazepam|somniferos|paracetamol|ibuprofeno|remedios|"
            "medicamentos|ansioliticos|antidepresivos|diazepam|alprazolam|lorazepam)(?= ))[^ ]+)"
            + _NO_LAUGH,
        ),
        Rule(
            "plan",
            "(?:las|los) (?:conte|he contado|contado)(?: [^ ]+)? (?:dos veces|otra vez|ya|tres"
            " veces)|"
            "(?:conte|contando|he contado) (?:las|mis) " + _PILLS,
        ),
        Rule(
            "plan",
            "solo (?:queria|quiero|quise) " + _Q + " alguien (?:lo )?(?:supiera|sepa|sepa esto)|"
            "(?:claves|contrasenas|pin|tarjetas) del banco|(?:una )?carta (?:pa|para) (?:mi|mis) "
            "(?:mama|mami|madre|papa|padre|viejos|hijos|hermana|hermano)|al (?:perro|gato) se lo "
            "queda|gracias por estos dias",
            ask=True,
        ),
        Rule(
            "plan",
            "(?:una )?(?:carta|cartas|nota|notas) (?:para|pa|a) cada uno de (?:mis|los|nuestros) "
            "(?:hijos|ninos|nenes|crios|peques)|(?:junto al|con el|junto con el|al lado del) "
            "testamento",
        ),
        # --- round 2: self-harm hidden, hitting oneself, told in fragments ---
        Rule(
            "self_harm",
            "(?:en el muslo|en los muslos|en la cadera|en las piernas|en la panza|en la barriga|"
            "en el brazo|en los brazos|en las munecas|en la muneca|en el abdomen) (?:pa|para|asi|"
            "donde) (?:" + _Q + " )?nadie (?:vea|lo vea|ve|se de cuenta|note|se entere|lo note)|"
            "lo unico "
            + _Q
            + " me (?:calla|calma|ayuda|tranquiliza|para|apaga)"
            + gap(3)
            + " (?:la cuchilla|el cutter|la navaja|la hoja|cortarme|las cuchillas|el sacapuntas|"
            "el dolor|la gillette)",
        ),
        Rule(
            "self_harm",
            "(?:me di|me doy|me daba|darme|dandome|me pegue|me pego) (?:de )?(?:cabezazos|"
            "golpes|punetazos|cabezazo|trompadas) (?:contra|en) (?:la pared|el muro|la puerta|"
            "el espejo|el suelo)|(?:golpee|golpeo|pegue|pego|le di|le pegue) (?:a )?(?:la pared|"
            "el espejo|el muro|la puerta)(?: [^ ]+)? hasta (?:sangrar|que me sangr[^ ]*|romperme|"
            "marearme|que sangr[^ ]*)",
        ),
        Rule(
            "self_harm",
            "(?:otra vez|de nuevo) manga larga en (?:pleno )?(?:agosto|julio|verano|enero|dici"
            "embre)|"
            "(?:lo volvi a hacer|volvi a hacerlo|lo hice otra vez|lo hice de nuevo) con (?:el|la|"
            "una|un) (?:sacapuntas|cuchilla|cutter|navaja|gillette|hoja)|(?:hago|hice|hacerme|"
            "me hago|me hice|hacer|haciendome) cortes (?:en|a) (?:el|los|mi|mis|la|las) (?:brazo|"
            "brazos|muneca|munecas|muslo|muslos|piernas|pierna)",
        ),
        Rule(
            "self_harm",
            "(?:bano|el bano) (?:otra vez|de nuevo)",
            ask=True,
        ),
        Rule(
            "other_at_risk",
            "(?:regalando|regalo|regala|regalado|repartiendo|reparte) (?:todas )?sus cosas"
            + gap(6)
            + " (?:despidiendo[^ ]*|despide|despidio|despedirse|despedidas|adios)|"
            "(?:que|q|k) se corta(?:ba)? (?:desde|otra vez|de nuevo|los brazos|las munecas|"
            "a escondidas|las piernas)",
        ),
        Rule(
            "other_at_risk",
            "despidiendose (?:raro|rara|extrano|de todos)|regalando (?:todas )?sus cosas",
            ask=True,
        ),
        # --- round 2: danger shown by watching, photos, stairs, next time ---
        Rule(
            "danger",
            "(?:aparcad[oa]|estacionad[oa]|parad[oa]|plantad[oa]|metid[oa] en el (?:coche|carro|"
            "auto)) (?:en|frente a|frente de|delante de|afuera de|fuera de|enfrente de) (?:la "
            "puerta de |la entrada de |el portal de )?(?:mi|el|la) [^ ]+"
            + gap(4)
            + " (?:no baja|no se baja|solo mira|mirando|me mira|vigilando|sin bajar|observando|"
            "mira y)",
        ),
        Rule(
            "danger",
            "me (?:mando|manda|envio|envia|ha mandado|ha enviado|paso|pasa) (?:una |un |unas )?"
            "(?:foto|fotos|video) de (?:mi|el|la) (?:portal|edificio|piso|depa|ventana|balcon|"
            "coche|carro|trabajo|curro)|(?:me )?(?:avento|empujo|tiro|lanzo|aventaron|empujaron) "
            "(?:por|de) las escaleras|la proxima vez(?: [^ ]+)? (?:no va a parar|no para|no se"
            " va a "
            "detener|no se detiene|no me salvo|me mata|no te salvas|no va a frenar)",
        ),
        # Round 3: indirect exits, quiet plans and hidden harm, said without naming death.
        Rule(
            "suicidal",
            "(?:lo )?facil (?:que )?(?:seria|es|era|sería) (?:no (?:girar|frenar|parar)|dar el"
            " volantazo|"
            "salirme de la carretera|soltarme|tirarme|saltar|estrellarme)",
        ),
        Rule(
            "suicidal",
            "(?:forma|manera|version) (?:de|en (?:la )?(?:q|que)) (?:salga|salir) viv[oa]",
            ask=True,
        ),
        Rule("suicidal", "sin mi" + gap(10) + " (?:hacerlo|hacerla|volverlo|ponerlo) oficial"),
        Rule(
            "suicidal",
            "(?:si|cuando) yo (?:simplemente |solo )?(?:dejara|dejase|dejo) de"
            " (?:estar|existir|estar aqui|vivir)",
        ),
        Rule(
            "suicidal",
            "(?:salida|opcion|solucion|puerta|camino)"
            + gap(6)
            + " (?:es )?(?:la )?(?:definitiva|permanente|final)",
        ),
        Rule(
            "suicidal",
            "(?:no|ya no) (?:voy a|vaya a|pienso) (?:estar|seguir) (?:aqui |vivo |viva"
            " )?(?:para|en) "
            "(?:navidad|navidades|mi cumple|mi cumpleanos|ano nuevo|el verano|el ano q viene|el"
            " ano que viene)",
        ),
        Rule(
            "suicidal",
            "(?:alguna|una|cualquier) (?:noche|dia|vez) (?:de estas )?(?:ya )?no"
            " (?:vuelvo|volvere|regreso)",
        ),
        Rule(
            "suicidal",
            "(?:me mato|lo acabo todo|acabo con todo|termino con todo) (?:esta vez|de verdad|en"
            " serio|hoy)",
        ),
        Rule(
            "suicidal",
            "(?:buscando|busco|busque|googleando|mirando) (?:en (?:google|internet)"
            " )?(?:cosas|formas|maneras|"
            "metodos|como)" + gap(3) + " (?:q|que) no (?:deberia|debo|debiera)",
            ask=True,
        ),
        Rule(
            "suicidal",
            "razones (?:para|de) (?:seguir|vivir|quedarme|aguantar|estar aqui)"
            + gap(8)
            + " (?:mas cortas|mas corta|no se me ocurr[^ ]*|ninguna|se acaban|menos)",
        ),
        Rule(
            "suicidal",
            "(?:quiero|necesito) salir" + gap(10) + " (?:de todo|de la vida|de este mundo)",
        ),
        Rule(
            "suicidal",
            "(?:quiero|necesito) (?:salir|irme) (?:de todo|de la vida|de este mundo)",
        ),
        Rule(
            "suicidal",
            "(?:me quiero ir|quiero irme|me voy a ir) de aqui (?:y )?no (?:hablo|me refiero|digo) "
            "(?:de|a) (?:la ciudad|el pueblo|el pais|la casa|el trabajo)",
        ),
        Rule(
            "suicidal",
            "(?:tengo|elegi|escogi|he elegido|ya tengo) (?:la|el) (?:fecha|dia)(?: elegid[oa])?"
            + gap(5)
            + " (?:tranquil[oa]|calma|paz|alivio|ligera|ligero|raro)",
            ask=True,
        ),
        Rule(
            "passive",
            "(?:dormir|durmiera|dormirme)"
            + gap(3)
            + " (?:y )?(?:me )?salt(?:ara|ar|arme) el resto de",
        ),
        Rule(
            "passive",
            "(?:si|ojala) (?:manana |hoy )?me (?:atropella|atropellara|atropelle|pilla|pillara) un "
            "(?:bus|autobus|camion|coche|tren)",
        ),
        Rule("passive", "(?:espero|ojala|deseo) no despertar(?:me)?"),
        Rule("passive", "ojala se (?:caiga|cayera|estrelle) el avion"),
        Rule("passive", "(?:por )?no ser" + gap(2) + " no muert[oa] (?:exactamente|del todo)"),
        Rule(
            "passive",
            "(?:cansad[oa]|hart[oa]|agotad[oa]) de (?:despertarme|despertar|estar"
            " viv[oa]|existir|respirar|vivir)",
        ),
        Rule("passive", "(?:estaria bien|seria mejor|ojala|mejor) no existir"),
        Rule(
            "passive",
            "(?:cumple|cumpleanos|navidad)"
            + gap(16)
            + " (?:es )?(?:no tener|no llegar a|no ver) otro",
        ),
        Rule(
            "passive",
            "si (?:desapareciera|me muriera|me fuera|ya no estuviera) (?:para siempre|manana|hoy)?"
            " ?"
            "(?:importaria|le importaria|se darian cuenta|alguien lo notaria|me echarian de menos)",
        ),
        Rule(
            "plan",
            "(?:le deje|deje|di|regale|le di) (?:a )?(?:mi |el |la"
            " )?(?:perro|gato|perra|gata|mascota|plantas)"
            + gap(10)
            + " (?:carta|nota|despedida|escribi)",
        ),
        Rule(
            "plan",
            "(?:ordene|organice|deje en orden|arregle) (?:todas )?(?:mis|las)"
            " (?:cosas|papeles|asuntos)" + gap(12) + " (?:carta|nota|despedida|deje)",
        ),
        Rule(
            "plan",
            "(?:las )?(?:pastillas|pastis|cuchillas|soga|cuerda|pistola) (?:estan|esta) (?:en la"
            " mesa|aqui|"
            "delante de mi|a mi lado|en mi mano|preparadas|listas|en la cama)",
        ),
        Rule("plan", "la (?:nota|carta) (?:esta|se queda|la deje) (?:en|sobre|debajo)"),
        Rule(
            "plan",
            "(?:subo|voy|estoy subiendo|me voy) (?:a )?(?:la )?azotea (?:del [^ ]+"
            " )?(?:ahora|ya|esta noche)",
        ),
        Rule(
            "plan",
            "(?:en el garaje|garaje) con el (?:coche|carro|motor) (?:encendido|en marcha|prendido)",
        ),
        Rule(
            "plan",
            "(?:devolvi|pague|salde|borre) (?:la pasta|el dinero|lo (?:q|que) debia|mis"
            " deudas|todas mis|mis)" + gap(18) + " (?:escribi|carta|nota|es el momento|manana)",
        ),
        Rule(
            "plan",
            "(?:manana|esta noche|el viernes|el lunes) (?:cuando|despues de q|despues de que|en"
            " cuanto) "
            "(?:todos|se vayan|mi familia|los ninos)"
            + gap(6)
            + " (?:es el momento|es el dia|es cuando|lo hago)",
        ),
        Rule(
            "self_harm",
            "(?:mechero|cigarro|cigarrillo|plancha|encendedor|cuchara caliente)"
            + gap(4)
            + " (?:en|contra|sobre) (?:la|mi|el)"
            " (?:muneca|munecas|brazo|brazos|piel|pierna|piernas|muslo)",
        ),
        Rule("self_harm", "me (?:quemo|queme|estoy quemando|sigo quemando) con"),
        Rule(
            "self_harm", "(?:volvi|he vuelto|vuelvo) a las (?:cuchillas|navajas|hojas de afeitar)"
        ),
        Rule(
            "self_harm",
            "(?:recai|recaida|he recaido)"
            + gap(8)
            + " (?:cortarme|cortes|autolesion[^ ]*|hacerme dano)",
        ),
        Rule(
            "self_harm",
            "(?:sin cortarme|sin autolesionarme|sin hacerme dano)"
            + gap(4)
            + " (?:y ahora|recai[^ ]*)",
        ),
        Rule(
            "self_harm",
            "(?:punetazos|golpes|cabezazos) (?:a|contra|en) (?:la pared|la cabeza|el muro)"
            + gap(5)
            + " (?:abrirme|sangr[^ ]*|a proposito|fuerte|hasta)",
        ),
        Rule(
            "self_harm",
            "me (?:doy|di|pego|pegue) (?:golpes|cabezazos|punetazos) (?:en|contra) (?:la cabeza|la"
            " pared)",
        ),
        Rule(
            "danger",
            "(?:nunca le dije|no le dije|no le he dicho|nunca le di) (?:donde"
            " (?:estaba|estoy|vivo)|mi direccion)",
        ),
        Rule(
            "danger",
            "(?:numero desconocido|numero oculto|numero nuevo|numero privado)"
            + gap(14)
            + " (?:es el|era el|es ella|se (?:q|que) es)",
        ),
        Rule(
            "danger",
            "(?:cosas|todo) (?:movid[oa]s?|cambiad[oa]s? de sitio) (?:en|de) mi"
            " (?:piso|casa|cuarto)",
        ),
        Rule(
            "danger",
            "(?:aparca|esta|se planta|espera) (?:en|frente a|delante de) (?:la puerta de )?(?:mi"
            " trabajo|mi casa|"
            "mi portal|mi curro)" + gap(8) + " (?:mira|mirando|vigila|no se baja)",
        ),
        Rule(
            "danger",
            "si no (?:soy|eres|estoy|estas) (?:suya|suyo|tuya|tuyo|con el|con ella)"
            + gap(2)
            + " no (?:soy|eres|seras|sere|vas a ser) de (?:nadie|ningun[oa])",
        ),
        Rule(
            "danger",
            "(?:encerrad[oa]|escondid[oa]|me encerre|me escondi) en el"
            " (?:bano|cuarto|armario|coche)",
        ),
        Rule(
            "other_at_risk",
            "(?:sangre|cortes|cicatrices|quemaduras) en (?:las|la|sus|los)"
            " (?:mangas|manga|brazos|munecas|piernas|"
            "sabanas|toallas)",
        ),
        Rule(
            "other_at_risk",
            "(?:escribir|escribio|mando|dijo|puso)"
            + gap(4)
            + " (?:ya )?no (?:vas|vais) a (?:tener (?:q|que) )?"
            "(?:aguantarme|soportarme|verme|saber (?:mas )?de mi)",
        ),
        Rule(
            "other_at_risk",
            "(?:regala|regalando|regalo|esta dando|dando) (?:todas )?sus cosas",
        ),
    ),
    exceptions=(
        # Figures of speech.
        "(?:me muero|me morire|me muera|muero|morir|morirme|moriria|muriendo|"
        "me estoy muriendo) (?:de|del) (?:risa|hambre|sueno|ganas|verguenza|calor|frio|envidia|"
        "celos|amor|curiosidad|aburrimiento|nervios|pena|sed|cansancio|la risa|la verguenza|"
        "la pena|la emocion|la envidia|ternura|miedo)",
        "(?:mi jefe|mi jefa|mi madre|mi mama|mi vieja|mi viejo|mi papa|mi padre|mis padres|"
        "mis papas|el profe|la profe|este examen|el examen|este trabajo|el trabajo|el calor|"
        "el trafico|estos zapatos|el lunes|la curiosidad|esta cancion|esta serie|mi hermana|"
        "mi hermano)(?: [^ ]+)?(?: [^ ]+)? (?:me va a matar|me mata|me matara|me mataria|"
        "me esta matando|me estan matando|me va a dar algo)",
        "(?:que|q|k) (?:alguien|alguno) me mate|(?:matame|mátame) (?:camion|ya)|"
        "antes muert[oa] (?:que|q|k) [^ ]+",
        # Negations.
        "(?:no|nunca|jamas|ni loca|ni loco|tampoco|ya no) (?:me )?(?:voy a|quiero|pienso|"
        "pensaria en|haria|podria|tengo pensado|estoy pensando en|"
        "tengo intencion de)? ?(?:me )?(?:matar|matarme|suicidar|suicidarme|hacer dano|"
        "hacerme dano|cortar|cortarme|lastimarme|quitarme la vida|morir|morirme|"
        "tirarme)(?: [^ ]+)?",
        "(?:no|nunca|jamas) (?:tengo|he tenido|tuve|tendria|siento) (?:[^ ]+ )?(?:pensamientos|"
        "ideas|ideacion|tendencias|intenciones) suicidas?",
        "(?:no|nunca) (?:estoy|soy|me siento|ando) (?:en peligro|suicida)",
        "(?:el|ella|mi ex)(?: [^ ]+)? (?:nunca|jamas|no) (?:me )?(?:pego|golpeo|toco|hizo dano|"
        "amenazo|lastimo|levanto la mano|puso una mano encima|siguio|persiguio|acoso)",
        # Films, books, news, studies, work.
        _STUDY + "(?: [^ ]+)?(?: [^ ]+)? (?:sobre|de|del|acerca de|contra|que habla de|"
        "que trata de) (?:[^ ]+ )?(?:[^ ]+ )?" + _TOPIC,
        "(?:prevencion|prevenir|linea|linea de prevencion|telefono de la esperanza|voluntaria|"
        "voluntario|voluntariado|taller|campana|tasa|tasas|estadisticas|riesgo|protocolo|detectar|"
        "identificar|reconocer|atender|tratar|ayudar a|personas con|pacientes con|gente con|"
        "casos de|victimas de|sobrevivientes de|supervivientes de)(?: [^ ]+)?(?: [^ ]+)? (?:del |"
        "de |el |la |las |los )?(?:[^ ]+ )?(?:suicidio|suicidios|ideas suicidas|"
        "pensamientos suicidas|conductas suicidas|ideacion suicida|autolesiones|acoso|violencia|"
        "sobredosis|riesgo suicida)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?",
        "(?:en la|en el|en esa|en este|en esta) (?:peli|pelicula|serie|libro|novela|capitulo|"
        "episodio|juego|documental|cancion|anime|noticia)" + gap(8),
        "(?:peli|pelicula|serie|libro|novela|capitulo|episodio|documental|cancion|anime|noticia|"
        "historia|obra)(?: [^ ]+)? (?:trata de|trata sobre|habla de|habla sobre|es sobre|cuenta|"
        "va de|tiene un personaje que|tiene una chica que|tiene un chico que) (?:un|una|el|la|"
        "como|lo de)? ?[^ ]+" + gap(6),
        # Quotes and lyrics.
        "(?:siempre decia|siempre dice|me decia|decia siempre|solia decir|como dice la cancion|"
        "la cancion dice|dice la cancion|la letra dice|como dicen|el dicho|la frase|el meme)"
        + gap(9),
        # Clearly past and recovered.
        _PAST + gap(12) + " (?:pero|y|ahora|hoy|hoy en dia|ya|desde entonces|esta vez|este|esta|"
        "estos dias|actualmente)" + gap(4) + " " + _RECOVERED,
        _PAST + gap(12) + " (?:ya no|pero ya no|ya paso|eso quedo atras|ya lo supere|nunca mas)",
        "[^ ]+" + gap(6) + " (?:hace (?:[^ ]+ )?(?:anos|ano|meses|tiempo)|en la prepa|en la secu|"
        "de adolescente|en el pasado|antes)"
        + gap(3)
        + " (?:pero|y|ahora|hoy|hoy en dia|ya)"
        + gap(4)
        + " "
        + _RECOVERED,
        # Accidents.
        "(?:sin querer|por accidente|accidentalmente)(?: [^ ]+)?(?: [^ ]+)? (?:me corte|me queme|"
        "me lastime|me hice dano)|(?:me corte|me queme|me lastime|me hice dano) (?:sin querer|"
        "por accidente|cocinando|con el papel|con la hoja|en el gym|jugando|pelando)",
        "(?:me sigue|me seguia|me siguio|me sigio) (?:en|por) (?:insta|ig|instagram|tiktok|"
        "twitter|face|facebook|redes|spotify|snap|todas las redes)",
        # The joke "me corto las venas con galletas de animalitos".
        "(?:me corto|me corte|cortarme|me voy a cortar|me las corto|me abro) las venas con "
        "(?:galletas|"
        "galletitas|una galleta|gomitas|una gomita|pan|papel|una hoja|una pluma|una cuchara|chicle|"
        "una tortilla|[^ ]+ de animalitos)" + gap(3),
        # Asked and answered no.
        "(?:me pregunto|me pregunta|me preguntaron|pregunto|me preguntaba) si"
        + gap(6)
        + " (?:y )?(?:le dije (?:que )?)?(?:no|nunca|jamas)",
        "(?:romeo y julieta|romeo and juliet|romeo e julieta|hamlet|ofelia)" + gap(12),
        # Past, now fine: also written with Portuguese words, since every rule reads every message.
        "(?:cuando|quando) (?:eu )?(?:era|tenia|tinha) [0-9]+"
        + gap(20)
        + " (?:tranquila|tranquilo|"
        "bien|de boa|rio disso|me rio|ya paso)",
        "(?:la ultima vez|la vez pasada|con mi ultima ruptura|antes)"
        + gap(12)
        + " (?:esta vez|ahora|"
        "hoy)(?: yo)? (?:solo |nomas )?(?:estoy|ando|me siento) (?:solo |nomas |mas "
        ")?(?:enojad[ao]|"
        "molest[ao]|triste|cabread[ao]|encabronad[ao]|emputad[ao]|bien|tranquil[ao])",
        # Past danger, now safe and far away.
        "(?:me amenazaba|me pegaba|me seguia|me perseguia|me acosaba)"
        + gap(16)
        + " (?:hace [0-9]+ "
        "anos|hace (?:dos|tres|cuatro|cinco) anos|orden de alejamiento|orden de restriccion)"
        + gap(14)
        + " (?:estoy|me siento|ya estoy) (?:a salvo|segura|seguro|bien|tranquila|tranquilo)",
        # Round 2: danger over and far away, a joke from family, a negation.
        "(?:me |nos )?(?:seguia|acosaba|amenazaba|pegaba|vigilaba|perseguia)"
        + gap(16)
        + " (?:se fue|"
        "se mudo|cero contacto|sin contacto|no se nada|no lo veo|no la veo|no he vuelto a)",
        "(?:mi hermano|mi hermana|mi madre|mi mama|mi padre|mi papa|mi amiga|mi amigo|mis amigas|"
        "mis amigos|mi mejor amiga|mi mejor amigo|mi prima|mi primo|mi vieja|mi viejo|mi abuela) "
        "(?:me )?(?:dijo|dice|decia|ha dicho)" + gap(8) + " te mato(?: [^ ]+)? (?:jaja[^ ]*|"
        "xd|y tiene razon|lol)",
        "(?:no|nunca|jamas|nao|non) (?:es|era|fue|se pone|esta|ha sido|e|sido) (?:muy |nada |"
        "para nada )?(?:violent[oa]|agresiv[oa])",
        "(?:quiero |kiero |quisiera |me gustaria |voy a )?desaparecer(?: para siempre| pa siem"
        "pre)? "
        "(?:de|del) (?:ese |este |el |la |los |las |su |tu |mi )?(?:grupo|chat|whatsapp|whats|"
        "wasap|insta|instagram|redes|mapa|vida|fiesta|oficina)",
        "no es " + _Q + " (?:me )?(?:quiera|kiera|quisiera|vaya a|piense|este pensando en) "
        "(?:morir|morirme|matarme|suicidarme)",
        # Round 3: quoted, retold and negated uses.
        "(?:pregunto|pregunta|preguntaron) si (?:pienso|he pensado|pensaba) en (?:quitarme la vida|"
        "suicidarme|matarme|hacerme dano|dejar de existir)" + gap(6) + " (?:q|que) no",
        "(?:cancion|tema|letra|peli|pelicula|serie|frase) (?:q|que) (?:dice|canta|va de)" + gap(5),
        "(?:si )?(?:me vuelvo a|volver a|vuelvo a|me) cortar?(?:me)? (?:el|un|los)"
        " (?:dedo|dedos|pelo|flequillo)",
        "(?:me quiero morir|quiero morir[^ ]*|quiero matarme)"
        + gap(14)
        + " (?:pata de la cama|dedo|dedito|mesilla|mi amiga|mi amigo)",
        "(?:habria|hubiera) (?:escrito|dicho|puesto)"
        + gap(2)
        + " (?:me quiero morir|quiero morir[^ ]*|"
        "quiero matarme|quiero dejar de existir)",
        "en (?:19|20)[0-9]* (?:yo )?(?:queria|quise|intente|pensaba en)"
        + gap(4)
        + gap(12)
        + " (?:ahora|hoy)",
        "(?:el|la|este) (?:invierno|verano|ano|otono|primavera|mes) pasad[oa] (?:mi ex|el|ella) me "
        "(?:siguio|seguia|acosaba|amenazo)" + gap(6),
    ),
)
