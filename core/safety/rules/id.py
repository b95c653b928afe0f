"""Indonesian (formal and Jakarta slang): crisis and danger phrases, with the idioms, negations,
stories and past that look like them."""

from core.safety.recognizer import Recognizer, Rule

_WIN5 = "(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
_I = "(?:aku|gue|gw|gua|saya|ak|q|ku)"
_NOT = "(?:gak|ga|gk|g|nggak|ngga|enggak|engga|tidak|tak|ndak|nda|ndak|bukan)"
_WANT = "(?:pengen|pengin|pingin|kepengen|pgn|pen|ingin|mau|mo|pengennya|pengenya)"
# One optional word that is not a negation ("aku gak nyilet" must not match).
_NOT_NEG = "(?:(?!gak |ga |gk |nggak |ngga |enggak |engga |tidak |tak |bukan |ndak |nda )[^ ]+ )?"
_KILLSELF = (
    "(?:(?:mem|nge|ng)?b[u]?n[u]?h ?(?:diri|dri|dr)(?:ku|nya)?|(?:nge)?bundir(?:in)?"
    "|bunuh diri sendiri)"
)
_KIDS = (
    "(?:anak|anak2|anakku|anak anak|anak kita|anak gue|anak aku|anak saya|anak2ku|si kecil|bayi)"
)
# Family, friends and chores whose "I'll kill you" is a figure of speech.
_TEASER = (
    "(?:mama|mamah|mami|ibu|ibuk|emak|nyokap|bokap|papa|papah|ayah|bapak|bapa|kakak|kak|adek|adik"
    "|abang|bang|bos|boss"
    "|atasan|dosen|guru|temen[^ ]*|teman[^ ]*|sahabat[^ ]*|bestie|bestai|kerjaan|tugas|skripsi"
    "|deadline|ujian|dospem"
    "|nenek|kakek|tante|om)"
)
_STORY = (
    "(?:film|filem|drakor|drama|sinetron|series|serial|episode|eps|novel|buku|komik|manga|anime"
    "|lagu|lirik|berita"
    "|artikel|video|konten|game|gim|podcast|webtoon|tokoh|pemeran|karakter|tiktok|youtube"
    "|13 reasons|reasons why|adegan|scene|horor)"
)
_STUDY = (
    "(?:skripsi|tesis|makalah|tugas|presentasi|penelitian|riset|kuliah|seminar|webinar|pelatihan"
    "|workshop|materi"
    "|relawan|volunteer|hotline|konselor|pasien|perawat|statistik|pencegahan|kampanye|sosialisasi"
    "|psikologi|jurnal)"
)
_PAST_START = (
    "(?:dulu|dulunya|pernah|waktu (?:sma|smp|sd|kuliah|kecil|itu)|(?:[^ ]+ )?(?:tahun|taun|thn"
    "|bulan|bln) (?:lalu|yang lalu|yg lalu|kemarin))"
)
_PAST_END = (
    "(?<!gak )(?<!ga )(?<!tidak )(?<!belum )(?:baik baik aja|baik2 aja|baik2 saja|baik baik saja"
    "|udah baik|sudah baik"
    "|udah aman|sekarang aman|aman kok|bangga|sembuh|pulih|udah lewat|sudah lewat|udah berhenti"
    "|sudah berhenti"
    "|berhenti|ketawa|bersyukur|alhamdulillah|lebih baik|membaik|baik|bahagia|happy|oke|ok)"
)

RECOGNIZER = Recognizer(
    lang="id",
    rules=(
        # --- suicidal
        Rule("suicidal", _KILLSELF),
        Rule(
            "suicidal",
            "(?:pengen|pengin|pingin|kepengen|pgn|ingin|mau|mending|mendingan|lebih baik|lbh baik"
            "|rasanya pengen"
            "|rasanya mau|siap|memutuskan|mutusin|udah siap) (?:aku |gue |gw |gua |saya "
            "|ak )?(?:mati|mati aja|mati saja"
            "|meninggal|modar|mampus aja|koit)",
        ),
        Rule(
            "suicidal",
            "(?:meng|ng|nge)?akhir(?:i|in|kan)? (?:hidup|nyawa)[^ ]*|(?:meng|ng|nge)?habis(?:i"
            "|in)? (?:nyawa|hidup) ?(?:ku|aku|gue|sendiri)?",
        ),
        Rule(
            "suicidal",
            "(?:gantung|ngegantung|menggantung|gantungin) diri|(?:nyilet|nyayat|motong|potong"
            "|iris) (?:urat )?nadi",
        ),
        Rule(
            "suicidal",
            "(?:loncat|lompat|terjun|nyebur|menjatuhkan diri|jatuhin diri"
            "|njatuhin diri)(?: [^ ]+)?(?: [^ ]+)? (?:dari|ke)"
            " (?:atas )?(?:atap|gedung|jembatan|lantai|apartemen|apart|balkon|tebing|rooftop"
            "|jendela|rel|kereta|flyover"
            "|jurang|sungai|laut|bawah|ketinggian)",
        ),
        Rule(
            "suicidal",
            "(?:udahan|udahin|sudahi|nyudahin) (?:aja |saja )?(?:hidup|idup)[^ ]*|tidur (?:untuk "
            "|buat )?selama ?lamanya"
            "|tidur selamanya|(?:pengen|ingin|mau|pgn) (?:nyusul|menyusul) (?:almarhum[^ ]*"
            "|alm[^ ]*|mendiang[^ ]*)",
        ),
        Rule("suicidal", "(?:nabrakin|menabrakkan|nabrakkin|lempar|lemparin) (?:diri|badan)"),
        # --- passive
        Rule(
            "passive",
            f"(?:{_NOT}|gamau|gamo|udah gak|udah ga|udah nggak|udah tidak) (?:{_WANT}|kuat|sanggup"
            "|sanggup lagi|bisa)"
            " (?:[^ ]+ )?(?:hidup|idup)(?! (?:sama|bareng|dengan|dgn|serumah|tanpa|di|kayak"
            "|seperti|begini|sehat|hemat))",
        ),
        Rule(
            "passive",
            "(?:males|malas|capek|cape|cpk|capai|lelah|muak|bosen|bosan|benci|jenuh|cape banget"
            "|capek banget)"
            " (?:(?!buat |untuk |demi |cari |nyari |biaya |kerja )[^ ]+ )?(?:(?!buat |untuk |demi "
            "|cari |nyari |biaya )[^ ]+ )?"
            "(?:hidup|idup)(?! (?:sama|bareng|dengan|dgn|serumah|di|kayak|sehat|hemat|mandiri"
            "|sendiri))",
        ),
        Rule(
            "passive",
            "(?:buat|untuk|utk) apa (?:aku |gue |gw |saya )?(?:hidup|idup|masih hidup|lahir)"
            "|ngapain (?:aku |gue |gw |saya )?"
            "(?:hidup|idup|masih hidup|lahir)|(?:gak|ga|tidak|nggak|gk) (?:ada|punya) (?:alasan"
            "|ale?san|gunanya|artinya"
            "|tujuan|semangat) (?:buat |untuk |utk )?(?:hidup|idup)|hidup (?:ini )?(?:gak|ga|tidak"
            "|nggak) (?:ada )?(?:artinya"
            "|gunanya|berarti)",
        ),
        Rule(
            "passive",
            "(?:tidur|bobo|bobok|merem)(?: [^ ]+)?(?: [^ ]+)? (?:gak|ga|gk|tidak|nggak|ngga|enggak"
            "|tak|g) (?:usah |perlu "
            "|pernah )?bangun(?: lagi| selamanya| aja)|(?:semoga|moga|smoga|pengen|ingin|harap"
            "|berharap|pgn) (?:[^ ]+ )?"
            "(?:gak|ga|tidak|nggak|tak|gk) (?:usah |perlu )?bangun (?:lagi|besok|selamanya)",
        ),
        Rule(
            "passive",
            "(?:andai|seandainya|harusnya|seharusnya|mending|mendingan|kalo aja|coba aja|kenapa"
            "|ngapain) (?:[^ ]+ )?"
            "(?:[^ ]+ )?(?:gak|ga|tidak|nggak|tak|gk|usah)? ?(?:pernah )?(?:di)?lahir(?:in|kan)?"
            "|(?:nyesel|menyesal)"
            " (?:di)?lahir[^ ]*",
        ),
        Rule(
            "passive",
            "(?:ilang|hilang|ngilang|menghilang|lenyap)(?: [^ ]+)?(?: [^ ]+)? (?:selamanya"
            "|dari dunia|dari muka bumi|for good)",
        ),
        Rule("passive", f"{_WANT} (?:[^ ]+ )?(?:ngilang|menghilang|hilang|ilang|lenyap)", ask=True),
        Rule(
            "passive",
            "(?:ya allah|ya alah|ya tuhan|tuhan|ya rab|gusti|allah)(?: [^ ]+)? (?:ambil|cabut"
            "|jemput)(?: [^ ]+)? (?:aku|gue"
            "|gw|saya|nyawa[^ ]*)|(?:ambil|cabut)(?: aja| saja)? nyawa ?(?:ku|aku|gue|gw|saya)",
        ),
        Rule(
            "passive",
            "(?:ketabrak|ditabrak|kecelakaan|kelindes)(?: [^ ]+)?(?: [^ ]+)? (?:juga )?(?:gpp"
            "|gapapa|ga papa|gak papa"
            "|tidak apa|nggak papa|biar)|(?:semoga|moga|pengen|pgn) (?:aku |gue |gw "
            "|saya )?(?:ketabrak|kecelakaan|sakit keras)",
        ),
        Rule(
            "passive",
            "(?:lebih|bakal lebih|akan lebih) (?:baik|bahagia|tenang|seneng|senang|bebas) (?:kalo "
            f"|kalau |jika )?tanpa {_I}"
            f"|tanpa {_I} (?:[^ ]+ )?(?:lebih|bakal lebih) (?:baik|bahagia|tenang|seneng|senang)"
            f"|mending {_I}? ?"
            "(?:gak|ga|tidak|nggak) ada|(?:beban|nyusahin|ngerepotin) (?:buat |untuk )?(?:semua"
            "|semua orang|keluarga)",
        ),
        Rule(
            "passive",
            f"(?:kalo|kalau|jika|klo) {_I} (?:gak|ga|tidak|nggak|udah gak|udah ga|gk) ada|(?:capek"
            "|lelah|cape) (?:sama |dengan )?(?:semuanya|semua ini)"
            "|(?:pengen|ingin|pgn|mau) (?:semua(?:nya)?|ini) (?:berakhir|selesai|berhenti)"
            "|gak kuat lagi|ga kuat lagi"
            "|udah gak kuat|udah ga kuat|(?:gak|ga|tidak|nggak) (?:ada )?jalan keluar"
            "|(?:gak|ga|nggak|tidak) sanggup lagi|(?:ngakhirin|mengakhiri|akhirin) (?:semua"
            "|semuanya"
            "|semua ini)",
            ask=True,
        ),
        Rule(
            "passive",
            "(?:gak|ga|tidak|nggak|gk) (?:bakal |akan )?ada (?:yg|yang|orang yang"
            "|orang yg) (?:nyariin|nyari|kehilangan|peduli"
            "|sedih|nangisin|inget)",
        ),
        Rule(
            "suicidal",
            "(?:pengen|ingin|mau|pgn|pengin|siap) (?:ngakhirin|mengakhiri|akhirin|nyudahin"
            "|menyudahi) (?:semua|semuanya"
            "|segalanya|semua ini)(?! (?:sama|dengan|dgn|hubungan|sm))",
        ),
        # --- plan
        Rule(
            "plan",
            "(?:minum|nelen|nelan|menelan|telan|nenggak|neggak|ngabisin|abisin|habisin|makan"
            "|nyerbu)(?: [^ ]+)?(?: [^ ]+)?"
            " (?:semua|sebotol|sekotak|satu botol|satu strip|se ?strip|banyak|sekaligus|segenggam"
            "|puluhan|[0-9]+|semuanya)"
            "(?: [^ ]+)?(?: [^ ]+)? (?:obat|pil|pill|tablet|kapsul|emj_pill|parasetamol"
            "|paracetamol|antidepresan|obatnya)",
        ),
        Rule(
            "plan",
            "(?:minum|nelen|nelan|menelan|telan|nenggak|abisin|habisin)(?: [^ ]+)? (?:obat|pil"
            "|tablet|obat tidur|emj_pill)"
            "(?: [^ ]+)?(?: [^ ]+)? (?:sebotol|sekotak|semua|semuanya|sekaligus|segenggam"
            "|satu botol|banyak banget)"
            "|(?:obat|pil|tablet|obat tidur|emj_pill)(?: [^ ]+)?(?: [^ ]+)? (?:sebotol|sekotak"
            "|segenggam)(?: [^ ]+)? (?:udah|sudah|barusan)"
            "|(?:di)?minum semua(?:nya)? (?:sekaligus|sekali)|(?:obat|pil|tablet"
            "|emj_pill)[^ ]*(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
            " (?:di|ku)?(?:minum|telan|abisin|habisin) (?:semua|semuanya|sekaligus|habis)"
            "|(?:overdosis|overdosis obat|od obat)(?! (?:pasien|orang))",
        ),
        Rule(
            "plan",
            f"(?:lagi|udah|sekarang|skrg|{_I}) (?:[^ ]+ )?(?:di|ada di|berdiri di|duduk di"
            "|naik ke) (?:atas )?(?:atap"
            "|jembatan|pinggir (?:jembatan|gedung|atap)|tepi (?:jembatan|gedung|atap)|tebing"
            "|lantai paling atas|rooftop gedung)",
        ),
        Rule(
            "plan",
            "ini pesan terakhir|pesan terakhir(?:ku| gue| gw| aku| saya| dari (?:aku|gue|gw|saya))"
            "|surat (?:perpisahan|wasiat"
            "|terakhir)[^ ]*|selamat tinggal (?:semua|semuanya|dunia|kalian)|(?:maafin"
            "|maafkan) (?:aku|gue|gw|saya) (?:ya )?"
            "(?:semua|semuanya|atas segalanya)",
        ),
        Rule(
            "plan",
            "(?:beli|udah beli|nyiapin|siapin|udah siap|udah ada|nyiapkan"
            "|menyiapkan) (?:[^ ]+ )?tali|tali(?:nya)?"
            " (?:udah|sudah) (?:siap|ada|kuikat|diikat|terpasang)",
        ),
        Rule(
            "plan",
            "(?:besok|nanti malem|nanti malam|malam ini|malem ini|sebentar lagi|bentar lagi"
            f"|sebentar) {_I} (?:udah |sudah )?"
            "(?:gak|ga|tidak|nggak|ngga|tak) (?:ada|di sini|disini)(?! (?:di|ke|dirumah|jadwal"
            "|kelas|waktu|acara|kabar))",
        ),
        Rule(
            "plan",
            "emj_rope|emj_pill emj_pill|(?:malam ini|malem ini"
            "|hari ini) (?:semua(?:nya)? )?(?:selesai|berakhir|tamat)",
            ask=True,
        ),
        Rule(
            "plan",
            "(?:minum|nenggak|neggak|nelen|nelan|menelan|meminum)(?: [^ ]+)? (?:racun|baygon"
            "|pembasmi|cairan pembersih"
            "|obat nyamuk|porstex|pemutih|bayclin|insektisida|pestisida)",
        ),
        # --- self_harm
        Rule(
            "self_harm",
            "(?:nyilet|nyiletin|menyilet|silet|nyayat|menyayat|sayat|ngiris|ngegores|gores"
            "|ngebaret|baret)[^ ]*(?: [^ ]+)?"
            " (?:tangan|tanganku|lengan|lenganku|paha|pahaku|pergelangan|kulit|diri|badan|perut)",
        ),
        Rule(
            "self_harm",
            f"(?:nyilet|menyilet|nyiletin) (?:lagi|terus|mulu)|{_I} {_NOT_NEG}(?:nyilet|menyilet"
            "|nyayat)",
        ),
        Rule(
            "self_harm",
            "(?:nge|me|meng|ng)?(?:lukai|lukain|nyakitin|nyakiti|menyakiti|sakitin|sakiti"
            "|ngelukain|ngerusak) (?:diri|badan"
            "|tubuh)(?: sendiri| ku| gue)?",
        ),
        Rule(
            "self_harm",
            "(?:ku|ny|me|di)?sundut[^ ]*|(?:relapse|relaps|kambuh|lagi|abis) (?:sh|selfharm"
            "|self harm)",
        ),
        Rule(
            "self_harm",
            "(?:mukul|mukulin|memukul|nampar|nampol|jedotin|jedukin|bentur(?:in)?"
            "|ngebenturin)[^ ]* (?:diri|kepala|kepalaku"
            "|kepala ku|tangan|badan)(?: [^ ]+)? sendiri|(?:jedotin|benturin|jedukin) kepala",
        ),
        Rule(
            "self_harm",
            "(?:ku|nge|di)?(?:jedotin|jedukin|benturin|bentur|jedot|jedukkan"
            "|benturkan)[^ ]* (?:kepala|kepalaku|diri)"
            "|kepala(?:ku)? (?:ku|gue |aku )?(?:jedotin|jedukin|benturin|jedot|benturkan)[^ ]*",
        ),
        Rule(
            "self_harm",
            "(?:cakar|nyakar|garuk|garukin|nyakarin)[^ ]* (?:[^ ]+ )?(?:sampe|sampai"
            "|ampe) (?:ber)?darah",
        ),
        Rule(
            "self_harm",
            "(?:silet|cutter|pisau lipat)(?: [^ ]+)? (?:ada di sebelah|di sebelah|di samping"
            "|di tangan|udah siap|di sampingku)",
        ),
        # --- other_at_risk
        Rule(
            "other_at_risk",
            "(?:temen[^ ]*|teman[^ ]*|sahabat[^ ]*|adik[^ ]*|adek[^ ]*|kakak[^ ]*|abang[^ ]*"
            "|mantan[^ ]*|pacar[^ ]*|cowok[^ ]*"
            "|cewek[^ ]*|sepupu[^ ]*|ibu[^ ]*|ayah[^ ]*|dia"
            "|bestie)(?: [^ ]+)?(?: [^ ]+)? (?:bilang |ngomong |nulis |cerita )?"
            "(?:udah )?(?:gak|ga|tidak|nggak|ngga) (?:mau|pengen|ingin|kuat) hidup",
        ),
        Rule(
            "other_at_risk",
            "(?:dia|temen[^ ]*|teman[^ ]*|sahabat[^ ]*|adik[^ ]*|adek[^ ]*|kakak[^ ]*|mantan[^ ]*"
            "|pacar[^ ]*)(?: [^ ]+)?"
            "(?: [^ ]+)? (?:suka |sering |lagi |udah )?(?:nyilet|menyilet|ngelukain diri"
            "|melukai diri|nyakitin diri)"
            "|(?:liat|lihat|nemu|nemuin|ngeliat) (?:[^ ]+ )?(?:luka|bekas) (?:sayatan|silet"
            "|goresan)|lukanya",
        ),
        Rule(
            "other_at_risk",
            "(?:ngirim|ngirimin|kirim|nulis) (?:[^ ]+ )?pesan (?:kayak |seperti )?(?:perpisahan"
            "|terakhir)|pesan perpisahan",
        ),
        Rule(
            "other_at_risk",
            "(?:khawatir|takut|cemas) (?:sama|banget sama|bgt sama|dengan) (?:temen|teman|sahabat"
            "|adik|adek|kakak|mantan)[^ ]*",
            ask=True,
        ),
        # --- danger
        Rule(
            "danger",
            "(?:bunuh|bunuhin|ngebunuh|membunuh|habisin|ngabisin|ngehabisin|menghabisi"
            f"|matiin) (?:{_I}|kamu|km|lo|lu|elo|loe"
            "|kau|anak[^ ]*|kita)(?! sendiri)|(?:bunuh|ngebunuh|membunuh|menghabisi"
            "|ngabisin)(?:ku|mu)",
        ),
        Rule(
            "danger",
            "(?:ngancem|ngancam|mengancam|ancam"
            "|ancem)[^ ]*(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:nyakitin|menyakiti"
            "|mukul|mukulin|bunuh|ngebunuh|membunuh|ngabisin|habisin|celakain|mencelakai"
            "|nyelakain|hajar|ngehajar|nyiksa)[^ ]*",
        ),
        Rule(
            "danger",
            "(?:nyekik|mencekik|dicekik|cekik|nyekek|dicekek)[^ ]*|(?:nyeret|dijambak|jambak"
            "|jambakin|ngejambak) (?:[^ ]+ )?"
            "(?:rambut|aku|gue|gw|saya)",
        ),
        Rule(
            "danger",
            "(?:mukul|mukulin|memukul|mukul2|nampar|nampol|namparin|nendang|nendangin|ngehajar"
            "|hajar|menghajar|gebukin"
            "|ngegebukin|nonjok|dorong|ngedorong|banting|ngebanting|nyiksa|menyiksa|aniaya"
            "|menganiaya)(?: [^ ]+)?"
            f" (?:{_I}|aku|anak2|anak[^ ]*)(?! sendiri)|(?:di|ke)(?:pukul|pukulin|tampar|tendang"
            "|hajar|gebukin|tonjok|jambak"
            "|banting|dorong|siksa|aniaya)(?: [^ ]+)?(?: [^ ]+)? (?:sama|ama|oleh|sm|dgn"
            "|dengan) (?:dia|mantan[^ ]*|suami[^ ]*"
            "|pacar[^ ]*|cowok[^ ]*|cowo[^ ]*|istri[^ ]*)|main tangan|kdrt"
            "|kekerasan (?:dalam rumah tangga|fisik)"
            "|(?:badan|muka|tangan|leher)(?: [^ ]+)? (?:biru|lebam|memar)|(?:neror|meneror|diteror"
            "|ngeteror)[^ ]*|terorin"
            "|teror (?:aku|gue|gw|gua|saya|terus|mulu|lewat)"
            "|(?:nampar|nampol|nonjok|mukul)[^ ]* (?:pipi|muka|kepala|perut)(?:ku| aku| gue| gw"
            "| saya)"
            "|(?:ngelempar|lempar|nimpuk|ngelemparin|lemparin)[^ ]* (?:[^ ]+ )?(?:ke |kearah "
            f"|ke arah )?{_I}",
        ),
        Rule(
            "danger",
            f"(?:ngikutin|ngikutin terus|ngikutinn) {_I}|(?:buntutin|ngebuntutin|membuntuti"
            "|dibuntutin|nguntit|menguntit"
            "|nguntitin|dikuntit|dibuntuti)[^ ]*|(?:ngikutin|ngikutin terus) (?:[^ ]+ )?(?:kemana"
            "|ke mana|kmn|mulu|sampe|pulang|ke rumah|ke kos"
            "|ke kantor)|(?:ngintai|ngintip|mengintai|mata2in|memata2i|mematai)(?: [^ ]+)? (?:aku"
            "|gue|gw|saya|rumah|kos)",
        ),
        Rule(
            "danger",
            "(?:nungguin|nunggu|berdiri|mondar ?mandir|nongkrong|jagain|ngintip|ngintai|mengintai"
            "|muncul)(?: [^ ]+)?(?: [^ ]+)?"
            " (?:di )?(?:depan|luar|deket|dekat|sekitar|bawah) (?:rumah|kos|kosan|kantor|kampus"
            "|apartemen|apart|pintu|jendela"
            "|sekolah)",
        ),
        Rule(
            "danger",
            "(?:dateng|datang|nyamperin|ngedatengin|muncul|nyusul)(?: [^ ]+)? (?:ke )?(?:rumah|kos"
            "|kosan|kantor|kampus"
            "|apartemen|tempat kerja)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:teriak[^ ]*"
            "|ngamuk|marah2|marah marah"
            "|gedor[^ ]*|maksa|tanpa diundang|tanpa izin|tanpa ijin|mabuk|mukul|ngancem[^ ]*"
            "|ngancam[^ ]*|bikin takut|nyerang)"
            "|(?:gedor|ngegedor|gedor2|ngegedor2|dobrak|ngedobrak)[^ ]* (?:pintu|jendela)",
        ),
        Rule(
            "danger",
            "takut (?:buat |untuk |mau )?(?:keluar|pulang|balik) (?:ke )?(?:rumah|kos|kosan"
            "|kantor)|takut keluar rumah",
        ),
        Rule(
            "danger",
            "takut (?:dia|mantan[^ ]*|suami[^ ]*|pacar[^ ]*|cowok[^ ]*"
            "|cowo[^ ]*)(?: [^ ]+)? (?:bakal |akan |mau |bisa )?"
            "(?:mukul|mukulin|nyakitin|ngapa ?ngapain|ngapa2in|nyerang|ngehajar|hajar|nyulik"
            "|dateng lagi|nemuin aku)"
            "|(?:keselamatan|nyawa) (?:aku|gue|ku|saya|anak[^ ]*)(?: [^ ]+)? (?:terancam"
            "|dalam bahaya|bahaya)"
            "|takut (?:di|ke)?bunuh|takut mati (?:di tangan|sama)",
        ),
        Rule(
            "danger",
            "(?:ngancem|ngancam|mengancam|nodong|nodongin|menodong|ngacungin|ngacungkan"
            "|mengacungkan|nyodorin|ngeluarin|ngejar)"
            "[^ ]* (?:[^ ]+ )?(?:[^ ]+ )?(?:pisau|golok|celurit|clurit|parang|pistol|senjata"
            "|senapan|emj_knife|emj_gun)"
            "|(?:dia|mantan[^ ]*|suami[^ ]*|pacar[^ ]*|cowok[^ ]*) (?:punya|bawa|bawa2|megang"
            "|pegang|nyimpen) (?:[^ ]+ )?"
            "(?:pisau|golok|celurit|parang|pistol|senjata|emj_knife|emj_gun)",
        ),
        Rule(
            "danger",
            "(?:milikin|miliki|memiliki|dapetin|dapet|dapat|sama) (?:kamu|lo|lu|elo|km|loe"
            "|kau)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
            " (?:gak|ga|tidak|nggak|ngga|gk) (?:ada )?(?:yg|yang|orang|siapa ?pun|siapa2"
            "|siapa siapa) (?:lain )?(?:boleh|bisa)"
            "|(?:gak|ga|tidak|nggak) (?:ada )?(?:yg|yang|orang) (?:lain )?(?:boleh"
            "|bisa) (?:milikin|miliki|memiliki|dapetin"
            f"|dapet|dapat|punya) (?:kamu|lo|lu|elo|km|kau|{_I})",
        ),
        Rule(
            "danger",
            "(?:ngancem|ngancam|mengancam|ancam|ancem|bilang (?:bakal|mau"
            "|akan))[^ ]*(?: [^ ]+)?(?: [^ ]+)? (?:ambil|ngambil|bawa"
            "|bawa kabur|culik|nyulik|rebut|ngerebut|misahin|pisahin|nyakitin|sakitin|bunuh"
            f"|jauhin)[^ ]* (?:[^ ]+ )?{_KIDS}"
            "|(?:nyakitin|sakitin|menyakiti|mukul|mukulin|culik|nyulik|bawa kabur"
            f"|bawa lari)[^ ]* (?:[^ ]+ )?{_KIDS}",
        ),
        Rule(
            "danger",
            "(?:siram|nyiram|nyiramin|disiram)(?: [^ ]+)? air keras|air keras|(?:bakar|ngebakar"
            "|membakar) (?:rumah|kos|mobil|aku"
            "|gue)|(?:perkosa|diperkosa|memperkosa|pemerkosaan|merkosa)|maksa (?:aku |gue |gw "
            "|saya )?(?:ml|berhubungan"
            "|ngeseks|hubungan badan|tidur bareng)",
        ),
        Rule(
            "danger",
            "(?:ngelacak|melacak|lacak|nge ?track|ngetrack|nyadap|sadap|menyadap|pasang gps"
            "|pasang pelacak|gps)[^ ]* (?:[^ ]+ )?"
            f"(?:hp|hape|handphone|lokasi|lokasiku|mobil|motor)|(?:tau|tahu) {_I} (?:kemana"
            "|ke mana|di mana|dimana) (?:aja|saja|terus|tiap hari)",
        ),
        Rule(
            "danger",
            "(?:aku |gue |gw |saya )?takut (?:banget |bgt |bngt )?(?:sama|ama|dengan|sm) (?:dia"
            "|mantan[^ ]*|suami[^ ]*|pacar[^ ]*)|emj_knife|emj_gun|ngancem[^ ]* (?:aku|gue|gw"
            "|saya)|diancam",
            ask=True,
        ),
        # --- generalised families: searching for ways, "ending it", leaving the world, burden
        Rule(
            "suicidal",
            "(?:mikirin|mikir|nyari|nyariin|cari|cariin|googling|gugling|browsing|searching|riset"
            "|nanya) (?:[^ ]+ )?(?:cara|cara2|cara cara|metode) (?:[^ ]+ )?(?:buat |untuk |utk "
            "|biar |supaya |paling )?(?:mati|bunuh diri|bundir|ngakhirin hidup|mengakhiri hidup"
            "|meninggal|cepet mati|gak sakit|tanpa rasa sakit|ga sakit)",
        ),
        Rule(
            "suicidal",
            f"(?:mending|mendingan|lebih baik|lbh baik|pengen|pgn|mau|ingin|siap) {_I}?"
            " ?(?:akhirin|ngakhirin|udahin|sudahi|nyudahin|selesaiin|nyelesaiin) (?:aja|saja"
            "|semua|semuanya|sekarang|hidup[^ ]*|idup[^ ]*)(?! (?:sama|dengan|dgn|hubungan|sm"
            "|kerjaan|skripsi|tugas) )",
        ),
        Rule(
            "suicidal",
            "(?:pergi|pamit|cabut|keluar) (?:dari|dr) (?:dunia|bumi|kehidupan)(?: ini)?"
            "|(?:ninggalin|meninggalkan|tinggalin) (?:dunia|dunia ini|kehidupan)"
            "|(?:bulet|bulat) tekad",
        ),
        Rule(
            "passive",
            f"(?:kalo|kalau|klo|kl|jika|seandainya|andai) {_I} (?:mati|meninggal|udah mati|udah gak"
            " ada|gak ada|ga ada|pergi|udah pergi)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:lebih|bakal"
            " lebih|pasti lebih|jadi lebih|malah lebih) (?:tenang|baik|bahagia|lega|seneng|senang"
            "|ringan)|(?:cuma|cuman|hanya|jadi|cm) (?:jadi )?beban(?: [^ ]+)?(?: (?:buat|untuk"
            "|utk|bagi) (?:mama|ibu|ayah|papa|ortu|orang tua|keluarga|semua|kalian|mereka|semua"
            " orang|orang2))?",
        ),
        Rule(
            "passive",
            "(?:gak|ga|tidak|nggak|gk|ngga|tak) (?:usah )?bangun(?: lagi)?(?: [^ ]+)?(?: [^ ]+)?"
            " (?:juga )?(?:gpp|gapapa|ga papa|gak papa|nggak papa|tidak apa|tidak apa apa|ikhlas"
            "|rela|lebih baik|malah bagus|bagus|gak masalah|ga masalah)|berhenti (?:ada|exist"
            "|bernapas|bernafas|napas|nafas|hidup)",
        ),
        Rule(
            "passive",
            "(?:ketabrak|ditabrak|kecelakaan|kelindes|kelindas|kesamber)(?: [^ ]+)?(?: [^ ]+)?"
            "(?: [^ ]+)?(?: [^ ]+)? (?:juga )?(?:gpp|gapapa|ga papa|gak papa|nggak papa|tidak"
            " apa|biar selesai|ikhlas|rela)|(?:doa|berdoa|semoga|moga|smoga|pengen|pgn) (?:[^ ]+ )?"
            "umur(?:ku| aku| gue| gw| saya)? (?:gak|ga|tidak|nggak|gk|tak) panjang|(?:pengen"
            "|ingin|pgn|semoga) (?:cepet|cepat|cpt) (?:mati|meninggal|dipanggil|diambil)"
            f"|(?:lebih baik|lbh baik|mendingan|mending) {_I}? ?(?:gak|ga|tidak|nggak|gk) ada",
        ),
        Rule(
            "plan",
            "(?:kumpulin|ngumpulin|kumpulkan|mengumpulkan|dikumpulin|nimbun|numpuk|nyimpen|nyetok"
            "|ngestok|ngumpulkan|nabung)(?: [^ ]+)?(?: [^ ]+)? (?:obat|pil|obat tidur|tablet"
            "|emj_pill|antidepresan)|(?:obat|pil|obat tidur|tablet|emj_pill)(?: [^ ]+)?(?: [^ ]+)?"
            "(?: [^ ]+)? (?:ku|di|aku |gue |gw |saya )?(?:kumpulin|kumpulkan|timbun|tumpuk|simpen"
            "|stok)",
        ),
        Rule(
            "plan",
            f"(?:lagi|udah|sekarang|skrg|{_I}) (?:[^ ]+ )?(?:di|ada di|naik ke"
            f"|berdiri di) (?:atas )?"
            "(?:rooftop|atap) (?:kos|kosan|gedung|apartemen|apart|kantor|mall|rumah|hotel)"
            "|(?:lantai|lt) (?:[0-9]+|paling atas|teratas)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
            " (?:pengen|cuma pengen|mau) (?:bilang|pamit|ngomong)",
        ),
        Rule(
            "plan",
            "surat (?:buat|untuk|utk|ke) (?:ibu|mama|mamah|bapak|ayah|papa|keluarga|adik|adek|kakak"
            "|kalian|semua|ortu|orang tua)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:udah|sudah|dah)"
            " (?:aku |gue |gw |saya |ku)?(?:tulis|taro|taruh|simpan|simpen|siapin|siapkan)"
            "|(?:taro|taruh|simpan|simpen|tinggalin) (?:[^ ]+ )?(?:di bawah bantal|di atas meja"
            "|di meja)(?: [^ ]+)? (?:buat|untuk) (?:ibu|mama|keluarga|kalian)",
        ),
        Rule(
            "plan",
            "(?:pas|kalo|waktu|saat|begitu) (?:rumah|kos|kosan) (?:lagi )?(?:kosong|sepi)"
            f"(?: [^ ]+)?(?: [^ ]+)? (?:{_I} )?(?:lakuin|lakukan|eksekusi|ngelakuin|melakukannya"
            "|ngelakuinnya|lakuinnya)|semua(?:nya)? (?:udah|sudah|dah) (?:aku |gue |gw |saya |ku)?"
            "(?:siapin|siapkan|disiapin|disiapkan|beres|siap)(?! (?:buat|untuk|utk) )",
        ),
        Rule(
            "self_harm",
            "(?:nyundut|menyundut|nyundutin|sundutin)[^ ]*|(?:ambil|ngambil|pegang|megang|pake"
            "|pakai|make|beli) (?:[^ ]+ )?(?:cutter|silet|kater|pisau cukur) (?:lagi|terus|mulu)"
            "|(?:luka|sayatan|goresan|lukanya|sayatannya)(?: [^ ]+)? (?:gak|ga|nggak|tidak|gk)"
            " (?:terlalu )?(?:dalem|dalam)",
        ),
        Rule(
            "self_harm",
            f"(?:{_I}|pengen|pgn|pingin|kepengen|mau|ingin|lagi|sering|suka|masih|abis|habis"
            "|kambuh|relapse|relaps|kepikiran|gatel|gatal) (?:[^ ]+ )?(?:sh|selfharm|self harm"
            "|self harming|selfharming|self injury|self hurt|melukai diri|ngelukain diri)"
            "(?! (?:di|pada) (?:remaja|anak|mahasiswa|film|buku) )",
        ),
        Rule(
            "danger",
            "(?:tau|tahu|nemu|nemuin|dapet) (?:[^ ]+ )?(?:alamat(?:ku| (?:[^ ]+ )?(?:aku|gue|gw"
            "|saya))"
            "|(?:kantor|kos|kosan|rumah|tempat kerja|kampus|kontrakan|apartemen|apart)(?: baru(?:ku"
            "| aku| gue| gw| saya)|(?:ku| aku| gue| gw| saya) (?:yang |yg )?baru))"
            "|(?:selalu|always|terus|pasti|kok bisa) (?:tau|tahu) (?:aku|gue|gw|saya) (?:lagi )?"
            "(?:dimana|di mana|kemana|ke mana|ada dimana)",
        ),
        Rule(
            "danger",
            "(?:hp|hape|handphone|wa|whatsapp|chat|telepon|lokasi|akun)(?:ku| aku| gue| gw| saya)?"
            "(?: [^ ]+)? (?:disadap|di sadap|dilacak|di lacak|ditrack|di track"
            "|dipasang gps|dipasangin gps)",
        ),
        Rule(
            "danger",
            "(?:ngirim|kirim|ngirimin|kirimin|send|ngefoto|motret|fotoin)[^ ]* (?:[^ ]+ )?foto"
            " (?:[^ ]+ )?(?:jendela|pintu|rumah|kos|kosan|kamar|pagar|motor|mobil|kantor)"
            "(?:ku| aku| gue| gw| saya| kamarku| rumahku| kosku| kosanku)(?: [^ ]+)?(?: [^ ]+)?"
            "|foto (?:[^ ]+ )?(?:jendela|pintu|rumah|kos|kosan|kamar|pagar)[^ ]* (?:[^ ]+ )?dari"
            " (?:luar|depan|seberang)",
        ),
        Rule(
            "other_at_risk",
            "(?:selamat tinggal|pamit|pesan terakhir|maaf untuk semua[^ ]*|maaf buat semua[^ ]*)"
            "(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:hp|hape|nomor|nomer|wa"
            "|telepon)(?:nya)? (?:[^ ]+ )?(?:gak|ga|tidak|nggak|gk) (?:aktif|bisa dihubungi"
            "|nyambung|diangkat)|(?:punya|nyimpen|ada|bawa) (?:[^ ]+ )?(?:obat|pil|obat tidur"
            "|tali|racun)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:dan |terus )?(?:udah |sudah )?"
            "(?:mutusin|memutuskan|yakin mau|siap)",
        ),
        Rule(
            "plan",
            "(?:maaf|maafin|maafkan)(?: [^ ]+)? (?:untuk|buat|atas|utk) (?:semua(?:nya)?|segalanya"
            "|selama ini)(?: [^ ]+)?(?: [^ ]+)? (?:selamat tinggal|pamit|bye|sampai jumpa)",
        ),
        Rule(
            "plan",
            "selamat tinggal|(?:lagi|aku|gue|gw) (?:[^ ]+ )?di rooftop",
            ask=True,
        ),
        # ===== Round 2: indirect phrasings =====
        # Done with life, not with him: "udahan sama hidup", "bukan sama dia, sama semuanya".
        Rule(
            "suicidal",
            "(?:udahan|selesai|berhenti|cukup|pamit|nyerah) (?:aja |saja |aj )?(?:sama|sm|dengan"
            "|dgn|ama|dari|dr)"
            " (?:hidup|idup|dunia|semuanya|semua ini|hidup ini|kehidupan)"
            "|bukan (?:sama|sm|dari|dr|dengan) (?:dia|kerjaan|pacar|mantan"
            "|kamu)(?: [^ ]+)?(?: [^ ]+)? (?:sama|sm"
            "|dari|dr|dengan) (?:semuanya|semua|hidup|dunia)"
            "|berhenti(?: [^ ]+)? bukan berhenti (?:kerja|kuliah|sekolah|pacaran|ngerokok|merokok)"
            "|(?:ku ?habisi|ku ?akhiri|ngakhirin|ngabisin|menghabisi|mengakhiri|akhiri|habisi"
            "|selesaiin"
            "|nyelesaiin|udahin|udahan)(?: aja| saja)? (?:hidupku|hidup ?ku|hidup gue|hidup gw"
            "|hidup aku"
            "|hidup saya|nyawaku|nyawa gue|hidup ini)"
            "|(?:gue|aku|gw|saya|gua) (?:udah |sudah )?(?:dikubur|dimakamkan|di kubur|jadi mayat"
            "|di kuburan"
            "|dikafanin)|(?:kuburan|makam|kuburanku|makamku|nisan) (?:gue|aku|gw|ku)?",
        ),
        Rule("suicidal", "(?:mau|pengen|pgn) selesai|bukan berhenti|bukan dari rumah", ask=True),
        # Passive: tomorrow need not come, hit by a truck, never born, "pengen gak ada aja".
        Rule(
            "passive",
            "(?:kalo|kalau|klo|kl) besok (?:aku |gue |gw )?(?:gak|ga|tidak|nggak|gk) (?:dateng"
            "|datang|ada|bangun)"
            "(?: [^ ]+)?(?: [^ ]+)? (?:gapapa|ga papa|gak papa|nggak apa|tidak apa|ikhlas|lega)"
            "|(?:seandainya|andai|kalo|kalau|klo|semoga|moga|mudah2an) (?:aku |gue |gw "
            "|saya )?(?:ketabrak|ditabrak"
            "|kelindes|dilindes|tertabrak|kecelakaan|kesamber)"
            "|semoga (?:pesawat|pesawatnya|mobilnya|bisnya|keretanya) (?:jatuh|kecelakaan|nabrak)"
            "|(?:kenapa|knp|napa|ngapain) (?:sih )?(?:aku|gue|gw|saya|gua) (?:di)?lahir(?:in|kan)?"
            "|(?:mending|mendingan|lebih baik|harusnya|seharusnya) (?:aku |gue |gw |saya )?(?:gak"
            "|ga|tidak|nggak|gk)"
            " (?:usah |pernah )?(?:ada|lahir|dilahirin|dilahirkan)"
            "|(?:pengen|pgn|mau|ingin|pingin|pengennya) (?:aku |gue |gw )?(?:gak|ga|nggak|tidak"
            "|gk) ada"
            " (?:aja|saja|lagi|di dunia)|(?:gaada|gak ada) (?:aja|saja)"
            "|capek (?:jadi manusia|hidup|idup|bernafas|napas)(?! (?:di|sama|sm|bareng|dengan|dgn"
            "|kayak|ngekos"
            "|merantau|sendirian di) )",
        ),
        # Plans: the pills on the table, poison bought, the rooftop on the eighth floor.
        Rule(
            "plan",
            "(?:obat|obatnya|obat2|obat2nya|pil|pilnya|obat tidur) (?:udah "
            "|sudah )?(?:ku ?kumpulin|ku ?kumpulkan"
            "|terkumpul|ku ?siapin|di (?:meja|tangan|depan ?ku|depan gue) (?:semua|semuanya))"
            "|(?:baygon|racun|racun tikus|pestisida|obat nyamuk|portex)(?: [^ ]+)? (?:udah "
            "|sudah )?(?:ku ?beli"
            "|dibeli|siap|ada|di tangan)"
            "|(?:rooftop|atap|balkon|pinggir atap)(?! (?:cafe|kafe|resto|restoran|restaurant|bar"
            "|hotel|coffee))"
            "(?: [^ ]+)?(?: [^ ]+)? lantai [^ ]+(?! (?:enak|bagus|view|keren|cakep|makan"
            "|nongkrong))"
            "|(?:surat|titipin"
            "|kutitipin)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
            "(?: [^ ]+)?(?: [^ ]+)? semuanya (?:beres|siap|udah siap|udah beres)",
        ),
        Rule(
            "plan",
            "(?:kucing|kucingku|anjing|anjingku)(?: [^ ]+)? (?:udah |sudah )?(?:ku ?titipin"
            "|ku ?titipkan|dititipin"
            "|kukasih|kuserahin)|(?:nulis|menulis|ninggalin|bikin) surat (?:buat|untuk|ke) (?:mama"
            "|ibu|papa|ayah"
            "|keluarga|semua)|nunggu rumah (?:kosong|sepi)|(?:obat|obatnya|pil|pilnya) (?:udah "
            "|sudah )?di (?:meja|tangan)|(?:gaada|gak ada|ga ada) (?:yg|yang) (?:bisa )?ganggu",
            ask=True,
        ),
        # Self-harm: a sharpener blade, hitting oneself black and blue, plasters.
        Rule(
            "self_harm",
            "(?:pake|pakai|make|pakek) (?:silet|cutter|kater|pisau cukur|beling)|silet (?:rautan"
            "|serutan)"
            "|(?:mukulin|memukul|mukul|nonjok|jedotin|ngejedotin|benturin|membenturkan|nyakar"
            "|nyakarin|garukin"
            "|cakar)(?:in)? (?:[^ ]+ )?(?:paha|tangan|kepala|diri|badan|lengan"
            "|muka)(?: [^ ]+)? (?:sampe|sampai"
            "|ampe|smp) (?:biru|memar|berdarah|luka|lebam|lecet)",
        ),
        Rule(
            "self_harm",
            "(?:plester[^ ]*|perban[^ ]*|hansaplast[^ ]*|lengan panjang"
            "|hoodie)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
            "(?: [^ ]+)? (?:ngerti|tau|paham)(?: lah| kan)? (?:buat apa|kenapa|untuk apa|knp)"
            "|relapse (?:lagi|lg)",
            ask=True,
        ),
        # Danger: his motorbike outside again, a photo through the window, "your days are few".
        Rule(
            "danger",
            "(?:motornya|mobilnya|motor dia|mobil dia) (?:lagi|lg|ada lagi|terus|tiap hari"
            "|tiap malem)(?: [^ ]+)?"
            " (?:depan|di depan|di luar|deket) (?:gang|rumah|kos|kosan|kantor|pager|pagar)"
            "|(?:depan|di depan) (?:gang|rumah|kos|kosan|kantor)(?: gue| aku| ku| gw)? (?:lagi|lg)"
            "|foto (?:gue |gw |aku |saya |ku )?(?:dari|dr) (?:jendela|luar jendela|balik jendela)"
            "|(?:datang|dateng|nyamperin) ke sekolah (?:anak|anakku|anak saya|anak gue"
            "|anak aku)(?: [^ ]+)?"
            " (?:tanpa izin|diam diam|diem2)"
            "|(?:mencoba|nyoba|berusaha|coba) (?:membawa|mengambil|bawa|ngambil|nyulik"
            "|menculik)(?:nya)? "
            "|(?:nemuin|menemukan|nyari|nyariin|nemu|dapetin) (?:aku|gue|gw"
            "|saya)(?: [^ ]+)? (?:dimanapun|di mana pun"
            "|kemanapun|ke mana pun|sampai ujung dunia|sampe ujung dunia)"
            "|umur ?(?:saya|aku|gue|gw|lo|lu|kamu|mu|ku) (?:tidak|gak|ga|nggak|gk) (?:akan "
            "|bakal )?lama lagi",
        ),
        Rule(
            "danger",
            "takut keluar(?: rumah| kos| kosan)?|kok dia bisa (?:di situ|disitu|tau)",
            ask=True,
        ),
        # Someone else giving their things away.
        Rule(
            "other_at_risk",
            "(?:ngasih2in|ngasihin|bagi2in|bagiin|ngebagiin|membagikan|ngasih ngasihin"
            "|bagi bagiin) (?:semua )?"
            "(?:barang|barang2|barangnya|barang2nya|barang barangnya)",
        ),
        Rule(
            "suicidal",
            "(?:hari ini|malam ini|malem ini|besok|sebentar lagi|bentar lagi) (?:semuanya"
            "|semua) (?:bakal |akan )?"
            "(?:selesai|berakhir|beres|kelar)",
            ask=True,
        ),
        Rule(
            "danger",
            "(?:ngurung|mengurung|ngunciin|kunciin|dikurung|dikunciin|nyekap|disekap"
            "|menyekap)(?: aku| gue| gw"
            "| saya)?(?: [^ ]+)? (?:di|dalam|dalem) (?:kamar|rumah|kos|kosan|kamar mandi|gudang"
            "|mobil)",
        ),
        Rule(
            "danger",
            "(?:dia|dia bakal|bakal|akan) (?:akan |bakal )?(?:urus"
            "|ngurus|ngurusin|beresin|bereskan|ngeberesin|habisin"
            "|abisin) (?:saya|aku|gue|gw|lo|lu|kamu)",
        ),
        Rule(
            "danger",
            "(?:gak|ga|gk|g|nggak|ngga|enggak|engga|tidak|tak|ndak"
            "|nda|gabakal|gakbakal) (?:akan |bakal |bisa |boleh )?(?:lihat"
            "|liat|ketemu|bertemu) (?:anak[^ ]*|si kecil)(?: [^ ]+)? (?:lagi"
            "|selamanya)",
        ),
        Rule(
            "danger",
            "(?:kamu|km|lo|lu|elo|kau) (?:gak|ga|gk|g|nggak|ngga"
            "|enggak|engga|tidak|tak|ndak|nda|gabakal|gakbakal) (?:bisa"
            "|bakal bisa|akan bisa) (?:lari|kabur|pergi|lepas|sembunyi)(?: [^ ]+)? (?:dari"
            "|dr) (?:aku|gue|gw|gua|saya|ku)",
        ),
        Rule(
            "danger",
            "(?:dia|bilang|katanya|ngancem|ancem|ngancam)(?: [^ ]+)? (?:lain kali"
            "|next time|besok besok|nanti)(?: [^ ]+)? (?:gak|ga"
            "|gk|g|nggak|ngga|enggak|engga|tidak|tak|ndak|nda|gabakal"
            "|gakbakal) (?:bakal |akan )?(?:berenti|berhenti|nahan"
            "|ngalah|ampun)(?! (?:makan|ngemil|minum|ngerokok|merokok"
            "|main|belajar|kerja|beli|jajan|nonton|nge[^ ]*|di|nyanyi"
            "|ketawa)[^ ]*)",
        ),
        Rule(
            "danger",
            "(?:parkir|nongkrong|nunggu|nungguin|berdiri|duduk)(?: [^ ]+)? (?:depan"
            "|di depan|deket|dekat|di luar) (?:kantor|rumah|kos"
            "|kosan|kontrakan|sekolah|kampus|apartemen)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:tia"
            "p|setiap|terus|mulu|ngeliatin|ngawasin|mantau)",
        ),
        Rule(
            "danger",
            "(?:ngeliatin|ngawasin|mantau|memantau|nguntit|nguntitin"
            "|ngikutin|ngebuntutin|membuntuti)(?: [^ ]+)?(?: [^ ]+)? (?:gue "
            "|aku |saya |gw )?(?:mulai|jadi|makin) (?:takut|serem"
            "|ngeri)",
        ),
        Rule(
            "danger",
            "(?:tau|tahu) (?:rumah|alamat|kos|kosan|kantor|sekolah) (?:ortu"
            "|orang tua|nyokap|bokap|ortunya|anak|saya|gue|aku)[^ ]*(?: [^ ]+)?(?: [^ ]+)? (?:d"
            "an |terus |trus )?(?:gue |aku |saya |lo |kamu )?(?:bakal"
            "|akan) (?:bayar(?! (?:utang|hutang|cicilan|tagihan"
            "|sewa|uang|duit|kos)[^ ]*)|nyesel|menyesal|tau rasa)",
        ),
        Rule(
            "danger",
            "(?:ban|kaca|spion|jok)(?: [^ ]+)?(?: [^ ]+)? (?:dia "
            "|dia udah )?(?:sobek|robek|kempesin|tusuk|pecahin|gores"
            "|dirobek|disobek|dikempesin|ditusuk|dipecahin)",
        ),
        Rule(
            "danger",
            "(?:wa|chat|nelpon|telpon|telepon|sms|dm|ngechat|ngewa"
            "|neror|teror|hubungin)[^ ]* (?:dari|pake|pakai) (?:nomer"
            "|nomor|akun|no)[^ ]* (?:beda|lain|baru|berbeda|ganti ganti"
            "|gonta ganti)[^ ]*",
        ),
        Rule(
            "danger",
            "(?:bilang|kata|katanya|chat|wa|tulis|nulis|ngomong"
            "|ancem|ngancem|kadang)(?: [^ ]+)?(?: [^ ]+)? (?:abis"
            "|habis|mampus|mati) (?:lo|lu|loe|kau|kamu|km)(?! (?:ketawa"
            "|makan|gajian|ujian|kerja|gue|aku|traktir|dulu|giliran"
            "|yang|yg))|(?:abis|habis|mampus|mati) (?:lo|lu|loe"
            "|kau|kamu|km) (?:kata|bilang|ancem|ancam|teriak) (?:dia"
            "|mantan[^ ]*|suami[^ ]*|cowok[^ ]*|cewek[^ ]*|pacar[^ ]*"
            "|bapak[^ ]*)",
        ),
        Rule(
            "danger",
            "(?:liat|lihat|ngeliat|ketemu) (?:mobil|motor)(?:nya"
            "| dia) (?:di|depan|deket|dekat) (?:sekolah|rumah|kantor"
            "|kos|kosan|kontrakan|kampus|tempat)[^ ]*",
        ),
        Rule(
            "danger",
            "(?:ketuk|ngetuk|gedor|ngegedor|dobrak|ngedobrak|nyamperin"
            "|datang ke|dateng ke)(?: [^ ]+)? (?:pintu )?(?:kontrakan"
            "|kos|kosan|rumah|apartemen|apart) (?:baru|yang baru"
            "|yg baru)",
        ),
        Rule(
            "other_at_risk",
            "(?:semua|semuanya|kita|kalian|semua orang) (?:bakal "
            "|akan )?(?:lebih baik|lebih enak|lebih tenang|lega) tanpa (?:dia"
            "|dirinya)",
        ),
        Rule(
            "other_at_risk",
            "(?:bilang|ngomong|katanya|bilangnya) (?:mau|bakal|pengen"
            "|akan) (?:ke|pergi ke|loncat dari|lompat dari|terjun dari) (?:jembatan"
            "|atap|rooftop|rel|laut|tebing)",
        ),
        Rule(
            "other_at_risk",
            "(?:luka|bekas) (?:sayatan|silet|goresan|cutter)(?: baru)?(?: di)? (?:tangan"
            "|lengan|paha|pergelangan)(?:nya)?",
        ),
        Rule(
            "other_at_risk",
            "(?:takut|khawatir|kuatir|cemas) (?:dia|ia|mantan[^ ]*"
            "|adek[^ ]*|kakak[^ ]*|temen[^ ]*|teman[^ ]*) (?:bakal "
            "|akan |mau )?(?:melakukan|ngelakuin|ngapa ngapain|berbuat"
            "|lakuin) (?:sesuatu|apa apa|hal)(?: [^ ]+)? (?:pada"
            "|ke|sama|terhadap) (?:dirinya|diri sendiri|dirinya sendiri)",
        ),
        Rule(
            "other_at_risk",
            "(?:pesan|pesen|chat|wa) (?:seperti|kayak|kaya|kyk|mirip) (?:salam )?(?:perpisahan"
            "|pamitan|wasiat)",
        ),
        Rule(
            "passive",
            "(?:bodo amat|bodoamat|masa bodo|gak peduli|ga peduli"
            "|nggak peduli|terserah|bodo) (?:mau |bakal )?(?:kejadian"
            "|terjadi|kenapa ngapa|ada) (?:apa|apa apa) (?:sama"
            "|ke|pada|dengan) (?:gue|aku|saya|gw|diri gue|diriku)",
            ask=True,
        ),
        Rule(
            "passive",
            "(?:ketabrak|ditabrak|tertabrak|kecelakaan|kena musibah)(?: [^ ]+)?(?: [^ ]+)? (?:y"
            "a |juga )?(?:gue |aku |saya )?(?:gak keberatan|ga keberatan"
            "|nggak keberatan|tidak keberatan|rela|ikhlas|malah lega"
            "|lega)",
        ),
        Rule(
            "passive",
            "(?:nunggu|menunggu|nungguin) (?:semuanya |semua |ini semua "
            "|hidup )?(?:berenti|berhenti|selesai|berakhir|abis"
            "|habis)(?: sendiri| dengan sendirinya)?",
            ask=True,
        ),
        Rule(
            "passive",
            "(?:sakit|ketabrak|kecelakaan)(?: [^ ]+)? (?:terus|trus"
            "|lalu|abis itu) (?:pergi|meninggal|mati|gak ada)(?: diem diem"
            "| diam diam| selamanya)?",
        ),
        Rule(
            "passive",
            "(?:pengen|ingin|mau|pgn) (?:di)?(?:matiin|dimatikan"
            "|dimatiin|shutdown|off)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:gak usah"
            "|ga usah|nggak usah|jangan) (?:di)?(?:nyalain|nyalakan"
            "|dinyalain|dinyalakan|hidupin)",
        ),
        Rule(
            "passive",
            "(?:takut|gak sanggup|ga sanggup|capek) (?:harus )?hidup (?:[^ ]+ )?(?:[^ ]+ )?(?:t"
            "ahun|taun) lagi",
        ),
        Rule(
            "plan",
            "(?:sudah|udah|udh) (?:saya |gue |aku )?(?:rencanakan"
            "|rencanain|rencanakan semuanya|siapin semuanya|atur semuanya"
            "|saya rencanakan)(?: semuanya| semua)?(?! (?:semuanya "
            "|semua )?(?:buat|untuk|liburan|acara|pesta|nikah)[^ ]*)",
            ask=True,
        ),
        Rule(
            "plan",
            "(?:rencanakan|rencanain|siapin|atur) (?:semuanya|semua)(?: [^ ]+)*? (?:suratnya"
            "|surat wasiat|wasiat|surat perpisahan|surat terakhir)",
        ),
        Rule(
            "plan",
            "(?:suratnya|surat wasiat|wasiat|surat perpisahan|surat terakhir"
            "|surat buat (?:keluarga|istri|suami|anak[^ ]*|mama"
            "|nyokap|ibu))(?: [^ ]+)? (?:sudah|udah|udh) (?:saya "
            "|gue |aku )?(?:taruh|tulis|tinggal|simpen|simpan|taro)",
        ),
        Rule(
            "plan",
            "(?:nulis|menulis|tulis) surat (?:buat|untuk) (?:nyokap"
            "|mama|ibu|bokap|ayah|ortu|keluarga)(?: [^ ]+)*? (?:kucing"
            "|anjing|kelinci)",
        ),
        Rule(
            "plan",
            "(?:kucing|anjing|kelinci)(?:ku|nya| gue| aku| saya)? (?:udah "
            "|sudah )?(?:gue |aku |saya )?(?:titipin|dititipin|kasih"
            "|kasihin|serahin|titipkan) (?:ke|sama|pada)",
        ),
        Rule(
            "plan",
            "(?:ciu|miras|alkohol|bir|vodka|anggur|arak|tuak|oplosan)[^ ]* (?:sama"
            "|dan|plus|campur) (?:[^ ]+ )?(?:obat|pil|tablet)[^ ]*",
        ),
        Rule(
            "plan",
            "(?:di|lagi di|udah di|sekarang di) (?:jembatan|atap"
            "|rooftop|pinggir jembatan) (?:sekarang|skrg|nih|ini)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]"
            "+)? (?:air[^ ]*|tinggi|bawah|maaf[^ ]*|loncat|lompat"
            "|terjun|takut|dingin|angin)",
        ),
        Rule(
            "self_harm",
            "(?:harus|perlu|pengen|mesti) (?:liat|lihat|ngeliat) darah(?: [^ ]+)?(?: [^ ]+)? (?"
            ":baru |biar |supaya |buat )?(?:bisa )?(?:tenang|lega"
            "|calm)",
        ),
        Rule(
            "self_harm",
            "(?:nyubit|cubit|nyakar|mencakar|cakar|garuk|menggaruk"
            "|gigit|nggigit|mukul|jedotin|jedotin kepala)(?:in)? (?:diri"
            "|badan|tangan)(?: sendiri)?(?: [^ ]+)? (?:sampe|sampai"
            "|ampe) (?:biru|memar|berdarah|luka|lebam|lecet)",
        ),
        Rule(
            "suicidal",
            "(?:gak|ga|gk|g|nggak|ngga|enggak|engga|tidak|tak|ndak"
            "|nda|gabakal|gakbakal) (?:bakal |akan |mau |bisa |sanggup "
            "|kuat |bisa lagi )?hidup tanpa (?:dia"
            "|kamu|lo|lu|km)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:beneran"
            "|serius|bukan bercanda|gak bercanda|ga bercanda|sungguhan"
            "|itu beneran)",
        ),
        Rule(
            "suicidal",
            "(?:malem|malam|mlm) ini (?:gue |aku |saya )?(?:selesaiin"
            "|selesaikan|akhirin|akhiri|udahin|tuntasin) (?:semuanya"
            "|semua|hidup|semua ini)",
        ),
        Rule(
            "suicidal",
            "(?:ortu|orang tua|nyokap|mama|ibu|keluarga|adek)(?: [^ ]+)? (?:gak "
            "|ga |tidak |nggak )?(?:harus |perlu )?(?:nemuin|menemukan"
            "|nemu|ngeliat|lihat) (?:gue|aku|saya|jasad|mayat)(?! (?:nangis"
            "|sedih|gini))",
        ),
        Rule(
            "suicidal",
            "(?:mobil|garasi)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:mesin"
            "|mesinnya) (?:nyala|hidup|menyala|idup)(?: [^ ]+)?(?: [^ ]+)? (?:pintu"
            "|pintunya|garasi) (?:ketutup|tertutup|ditutup)",
        ),
        Rule(
            "suicidal",
            "(?:di )?garasi(?: [^ ]+)?(?: [^ ]+)? (?:mesin|mesinnya) (?:nyala|hidup|menyala|idup)",
        ),
        Rule(
            "suicidal",
            "(?:serius|beneran)(?: [^ ]+)?(?: [^ ]+)? (?:mikirin"
            "|kepikiran|mikir) (?:itu|ini|hal itu|soal itu) (?:tiap"
            "|setiap) (?:malem|malam|hari)",
            ask=True,
        ),
        Rule(
            "plan",
            "(?:maafin|maafkan|maafin aku|maafin gue) (?:semua|semuanya)(?: ya)?(?! (?:ya )?(?:"
            "kalo|kalau|jika|atas|lahir|yang|yg|kesalahan|salah))",
            ask=True,
        ),
        Rule(
            "plan",
            "(?:cuma|hanya|cuman|cm) (?:pengen|ingin|mau|perlu) (?:ada yang"
            "|ada yg|seseorang|orang) (?:tau|tahu|ngerti)|(?:cuma"
            "|hanya|cuman) perlu bilang ke (?:seseorang|orang|siapa)",
            ask=True,
        ),
        Rule(
            "plan",
            "(?:obat|pil|tablet)[^ ]*(?: tidur)? (?:sama|dan"
            "|plus|campur) (?:[^ ]+ )?(?:ciu|miras|alkohol"
            "|bir|vodka|arak|tuak|oplosan)[^ ]*",
        ),
    ),
    exceptions=(
        # Teasing over a small offence: "gue bunuh lo kalo telat lagi".
        "(?<!bilang )(?<!ngancem )(?<!ngomong )(?:gue|gw|aku|ku) (?:bunuh|cekik|gebukin"
        "|jitak) (?:lo|lu|kamu|km|elo|elu)"
        " (?:kalo|kalau|klo|kl|kalo sampe) (?:telat|lupa|ngabisin|makan|spoiler|nyepoiler"
        "|spoilerin|bangunin|"
        "ketiduran)[^ ]*",
        # A joke marked by laughter, unless the writer then says it is no joke.
        "(?:[^ ]+ )?(?:[^ ]+ )?(?:gantung diri|loncat dari jendela|lompat dari jendela"
        "|terjun dari [^ ]+|bunuh diri)"
        "(?: aja| ajalah| deh| sih)? (?:wkwk[^ ]*|haha[^ ]*|awokawok|xixi[^ ]*|kwkw[^ ]*|hehe[^ ]*)"
        "(?!(?: [^ ]+)*? (?:gak|ga|nggak|tidak|ngga) (?:bercanda|becanda|boong))",
        # On the bridge on the way to work, a raffia string for the washing line.
        "(?:aku |gue |gw |saya )?(?:lagi |lg )?di (?:jembatan|atap|rooftop) (?:[^ ]+ )?(?:otw"
        "|menuju|macet|mau ke"
        "|arah|nunggu|foto|fotoin|liat sunset|sunset)",
        "(?:[^ ]+ )?tali (?:rafia|jemuran|sepatu|tas)|(?:[^ ]+ )?tali(?: [^ ]+)? (?:buat"
        "|untuk) (?:jemuran"
        "|ngiket|ikat|pramuka|barang)",
        # A cutter for parcels, and being born somewhere in a joke.
        "(?:pake|pakai|make|pakek) (?:silet|cutter|kater|pisau)(?: [^ ]+)? (?:buat|untuk"
        "|utk) (?:buka|bukain|motong"
        "|potong|ngerautin|rautin|cukur|bikin|kerajinan|prakarya)",
        "(?:kenapa|knp|napa) (?:sih )?(?:aku|gue|gw|saya|gua) (?:di)?lahir(?:in|kan)? (?:di|dari"
        "|pas|tanggal|tahun"
        "|bulan) [^ ]+",
        # "Not the wanting-to-die kind", a coworker's quip, and "pengen gue cekik" about the hoodie.
        "bukan (?:yang |yg )?(?:pengen|pgn|mau|ingin) mati(?: gitu| begitu)?",
        "(?:rekan kerja|rekan|temen kantor|temen kerja|kolega|atasan"
        "|bos)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?"
        "(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:terjun|loncat|lompat)(?: [^ ]+)?(?: [^ ]+)? (?:dari"
        "|ke)"
        " (?:lantai|gedung|atap|monas)",
        "(?:pengen|pgn|mau|rasanya pengen|rasanya mau) (?:gue|gw|aku|ku) ?(?:cekik|bunuh"
        "|gampar)(?:in)?",
        # Figures of speech: "ngakak sampe mati", "mati gaya", things that "die".
        "(?:ngakak|ketawa|capek|cape|laper|lapar|takut|kangen|malu|bosen|bosan|ngantuk|panas"
        "|dingin|seneng|kenyang|kesel"
        "|sebel|deg ?degan|deg2an)(?: [^ ]+)?(?: [^ ]+)? (?:sampe|sampai|ampe|setengah|kayak mau"
        "|serasa mau|berasa mau"
        "|mau|rasanya mau|pengen) (?:mau )?mati(?: rasanya| aja)?",
        "(?:panas|capek|cape|ngantuk|laper|lapar|malu|bosen|bosan|pusing|gerah|dingin|kenyang"
        "|ngakak|seneng|deg ?degan)"
        "(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:mau|pengen|rasanya mau|serasa mau|kayak mau"
        "|berasa mau) mati(?: rasanya)?",
        "(?:terjun|lompat|loncat) (?:payung|indah"
        "|bebas)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?|paralayang|bungee|bungy",
        "mati (?:gaya|kutu|lampu|listrik|rasa|langkah|konyol|penasaran|suri|angin|kelaparan)",
        "(?:hp|hape|handphone|batre|baterai|batrai|lampu|listrik|laptop|mesin|motor|mobil|tanaman"
        "|ikan|kucing[^ ]*"
        "|anjing[^ ]*|wifi|sinyal|tv|ac) (?:[^ ]+ )?(?:[^ ]+ )?(?:mau|udah mau|hampir|bakal) mati",
        f"{_TEASER}(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:bakal |akan |bisa |mau "
        "|pasti )?(?:bunuh|bunuhin|habisin"
        "|hajar|gebukin|cekik) (?:aku|gue|gw|saya|kamu|lo|lu|elo|km|kau)",
        "(?:kerjaan|tugas|skripsi|deadline|ujian|macet|cuaca)(?: [^ ]+)?(?: [^ ]+)? (?:bisa "
        "|bakal |lama2 )?(?:bunuh|bikin mati)"
        " (?:aku|gue|gw|saya)",
        "(?:gue|gw|aku) bunuh (?:lo|lu|kamu|elo)(?: [^ ]+)?(?: [^ ]+)? (?:wkwk[^ ]*|haha[^ ]*"
        "|canda|bercanda|becanda)",
        # Negation.
        f"{_NOT} (?:{_WANT}|bermaksud|berniat) mati|gamau mati|gamo mati",
        f"(?:[^ ]+ )?(?:{_NOT}|gamau) (?:akan |bakal |pernah |mau |pengen |berniat |kepikiran "
        "|ada pikiran |ada niat )*(?:[^ ]+ )?"
        "(?:[^ ]+ )?(?:[^ ]+ )?(?:nyilet|menyilet|nyayat|ngelukain|melukai|lukain|nyakitin"
        "|menyakiti|ngapa ?ngapain|ngapa2in)"
        "(?: [^ ]+)?(?: [^ ]+)?",
        f"(?:{_NOT}|gamau) (?:ada |akan |bakal |pernah |mau |pengen |ingin |berniat |kepikiran "
        "|mikir |mikirin |pikiran "
        f"|niat |berpikir |sampe |sampai )+(?:buat |untuk |utk |mau )?{_KILLSELF}",
        "(?:[^ ]+ )?(?:[^ ]+ )?di (?:atas )?jembatan (?:penyeberangan|layang|jpo)"
        "|(?:[^ ]+ )?(?:[^ ]+ )?(?:lagi|udah|aku|gue|gw)"
        " (?:[^ ]+ )?di (?:atas )?(?:jembatan|atap)(?: [^ ]+)?(?: [^ ]+)? (?:macet|nunggu|nungguin"
        "|jemput|foto|motret"
        "|nongkrong|bareng temen|sama temen|lampu|benerin|jemur)",
        f"{_NOT} (?:pernah |akan |bakal )?(?:sampe |sampai )?(?:mukul|mukulin|nampar|nendang"
        "|ngehajar|kasar|main tangan"
        "|nyakitin|ngancem|ngancam|nyekik)(?: [^ ]+)?(?: [^ ]+)?",
        # Stories, study and quotes.
        f"{_STORY}{_WIN5}",
        f"{_STUDY}{_WIN5}",
        "(?:kata (?:mama|ibu|orang|mereka|temen[^ ]*|dia)|katanya orang|quote|kutipan|pepatah"
        f"|lirik(?:nya)?|lagunya){_WIN5}",
        "(?:apa )?yang (?:tidak|gak|ga) membunuh(?:mu|ku)?[^ ]*(?: [^ ]+)?(?: [^ ]+)?",
        # Clearly past and recovered.
        f"{_PAST_START}(?: [^ ]+)*? {_PAST_END}",
        # Hyperbole: "sekali lagi ditanya, gue gantung diri", "mending mati daripada dateng".
        "(?:sekali lagi|sekali lg|sekali aja lagi)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:gue |aku "
        "|gw |saya )?(?:gantung diri|bundir|bunuh diri|loncat|terjun|nyebur|mati)(?: [^ ]+)?"
        "(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)?",
        "(?:mending|mendingan|lebih baik|lbh baik) (?:aku |gue |gw |saya )?(?:mati|mampus|modar)"
        " (?:aja |saja )?(?:daripada|drpd|dari pada|ketimbang) (?!hidup|idup|gini|begini|kayak"
        " gini|terus)[^ ]+",
        "(?:mending|mendingan|lebih baik|lbh baik) (?:[^ ]+ )?mati (?:gaya|kutu|lampu|rasa|konyol"
        "|penasaran|langkah)",
        "surat(?: [^ ]+)*? (?:ulang tahun|ultah|ulangtahun|hari ibu|lebaran|natal|wisuda"
        "|anniversary|lamaran)[^ ]*",
        # Work on domestic-violence cases, and quotes from teachers and family.
        "(?:kasus|penanganan|advokasi|pendampingan|paralegal|lbh|lsm|ngurus|tangani|menangani"
        "|isu|tentang|soal|materi|uu|undang undang|penyuluhan|korban)(?: [^ ]+)?(?: [^ ]+)?"
        " (?:kdrt|kekerasan dalam rumah tangga)",
        "kata (?:dosen|guru|bos|ayah|papa|bapak|nenek|kakek|temen|teman|sahabat|pacar|abang"
        f"|kakak|adik|ustad|ustadz|motivator|netizen)[^ ]*{_WIN5}{_WIN5}",
        "yang (?:bunuh|ngebunuh|membunuh) (?:kamu|lo|lu|kau|km) (?:itu|tuh|adalah)(?: [^ ]+)?",
        "(?:[^ ]+ )?(?:[^ ]+ )?(?:[^ ]+ )?rooftop (?:[^ ]+ )?(?:cafe|kafe|bar|resto|restoran|party"
        "|sunset|nongkrong|ngopi|makan|bareng|sama temen|foto)[^ ]*",
        f"(?:{_NOT}|gamau) (?:pernah |mau |pengen |lagi )?(?:sh|self harm|selfharm)",
        "gantung diri di (?:pohon toge|pohon cabe|pohon cabai"
        "|tiang jemuran|pohon kangkung|pohon tauge)",
        "(?:dokumenter|film|berita|artikel|video|buku|webtoon"
        "|komik|novel|drakor)(?: [^ ]+)*? (?:kabur|lari) dari (?:suami"
        "|pacar|mantan)[^ ]* (?:yang |yg )?(?:ngancem|ngancam"
        "|mengancam)(?: [^ ]+)?(?: [^ ]+)? (?:pisau|golok|pistol"
        "|senjata)",
        "(?:tokoh|karakter|pemeran|heroine|cewek|cowok)(?:nya)?(?: [^ ]+)? (?:hampir"
        "|nyaris|mau|sempet|sempat) (?:loncat|lompat|terjun)(?: [^ ]+)*? (?:diselamatin"
        "|diselamatkan|ditolong|selamat)",
        "(?:gue|aku|gw) (?:bunuh|matiin|habisin|abisin) (?:lo"
        "|lu|kamu|km) (?:kata|teriak|ancem|bilang) (?:abang|kakak"
        "|adek|adik|mama|nyokap|bokap|papa|temen|sahabat|bestie"
        "|ibu|ayah)[^ ]*",
        "(?:abis|habis|setelah|pas|waktu) (?:lulus )?(?:sma|smp"
        "|kuliah|sd)(?: [^ ]+)? (?:pengen|ingin|mau) (?:mati|bunuh diri)(?: [^ ]+)*? (?:sekaran"
        "g|skrg)(?: [^ ]+)*? (?:bersyukur|baik|bahagia|happy|masih ada)",
        "(?:[^ ]+ )?(?:tahun|taun|thn) (?:lalu|yang lalu|yg lalu) (?:gue"
        "|aku|saya) (?:berdiri|duduk) di (?:jembatan|atap|rooftop)(?: [^ ]+)*? (?:hari ini"
        "|sekarang|skrg) (?:gue|aku|saya)? ?(?:ke sana|kesana"
        "|balik)",
        "(?:perawat|dokter|nakes|relawan|jaga)(?: [^ ]+)*? (?:ada"
        "|pasien)(?: [^ ]+)? (?:cowok |cewek |orang |pasien )?overdosis(?: [^ ]+)?(?: [^ ]+)? ("
        "?:berhasil |udah |sudah )?(?:ditolong|diselamatkan|selamat"
        "|tertolong)",
        "(?:nanya|bertanya|tanya|ngobrol|ngomong|bicara|membahas"
        "|bahas)(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:soal|tentang"
        "|ttg|mengenai) (?:pikiran |ide |pemikiran )?bunuh diri",
        "(?:kucing|anjing|kelinci)[^ ]*(?: [^ ]+)?(?: [^ ]+)?(?: [^ ]+)? (?:titipin"
        "|dititipin|titipkan|kasih|serahin)(?: [^ ]+)*? (?:soalnya"
        "|karena|krn|karna|selama|pas|waktu|mau) (?:[^ ]+ )?(?:mudik"
        "|liburan|libur|pulang kampung|dinas|traveling|keluar kota"
        "|ke luar kota|pergi)",
    ),
)
