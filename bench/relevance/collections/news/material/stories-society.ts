import { reprint, type Story, written } from './types.ts';

/** Stories of weather, schools, health, culture and sport. */
export const STORIES_SOCIETY: Story[] = [
  {
    id: 'floods-north-spring',
    summary:
      'April 2025: spring floods in North Kazakhstan region; the Esil (Ishim) rises at Petropavlovsk, villages evacuated, compensation promised.',
    articles: [
      written(
        'floods-ru-mchs',
        'ru',
        'МЧС: в Северо-Казахстанской области эвакуированы более 1,5 тысячи человек',
        `
По состоянию на 8:00 12 апреля в Северо-Казахстанской области из зоны подтопления эвакуированы 1 540 человек, в том числе 480 детей, сообщает Министерство по чрезвычайным ситуациям РК.

Подтоплены 312 жилых домов и 680 приусадебных участков в Кызылжарском районе и районе Магжана Жумабаева. Отрезаны от сообщения четыре населенных пункта, доставка продуктов и медикаментов организована вертолетом и плавсредствами.

Уровень воды в реке Есиль у Петропавловска за сутки поднялся на 38 см и превышает критическую отметку. Сброс воды с Сергеевского водохранилища увеличен.

К ликвидации последствий паводка привлечены более 4 тысяч человек и 900 единиц техники. В пунктах временного размещения находятся 620 человек, остальные эвакуированные разместились у родственников.

МЧС призывает жителей прибрежных сел соблюдать требования эвакуации и не возвращаться в дома до разрешения спасателей.
`,
      ),
      reprint(
        'floods-ru-mchs-reprint',
        'floods-ru-mchs',
        'В СКО из зоны подтопления эвакуировали 1 540 человек',
        [0, 1, 2, 3],
      ),
      written(
        'floods-ru-kazinform',
        'ru',
        'Паводок в Петропавловске: Есиль превысил критическую отметку',
        `
ПЕТРОПАВЛОВСК, 11 апреля. /Kazinform/ – Уровень воды в реке Есиль в черте Петропавловска превысил критическую отметку, жителей пригородных сел продолжают эвакуировать, передает корреспондент агентства.

По словам акима Северо-Казахстанской области Гауеза Нурмухамбетова, ситуация остается сложной, но контролируемой. Вдоль реки возведено более 30 километров защитных дамб, их круглосуточно укрепляют спасатели, военные и волонтеры.

– Снега этой зимой выпало почти в два раза больше нормы, а весна пришла резко. Пик паводка ожидаем в ближайшие пять-семь дней, – сказал аким на брифинге.

В регион прибыл министр по чрезвычайным ситуациям Чингис Аринов. Он облетел на вертолете подтопленные села и провел заседание оперативного штаба.

Жители поселка Бишкуль и сел Кызылжарского района рассказывают, что вода пришла ночью. «Успели вынести документы и посадить детей в автобус, остальное осталось в доме», – говорит пенсионерка Галина Ивановна.
`,
      ),
      written(
        'floods-en-wire',
        'en',
        'Spring floods force hundreds from homes in northern Kazakhstan',
        `
PETROPAVLOVSK, Kazakhstan, April 12 (Reuters) - Rising rivers swollen by rapid snowmelt have forced more than 1,500 people from their homes in northern Kazakhstan, the emergencies ministry said on Saturday, a year after the region suffered its worst flooding in decades.

The Esil river, known in Russia as the Ishim, rose above its critical level in the city of Petropavlovsk, near the Russian border, and flooded more than 300 houses in surrounding villages.

Soldiers and volunteers piled sandbags along more than 30 km of dams, while helicopters delivered food to four villages cut off by water.

"Snowfall this winter was almost twice the norm and the spring came suddenly," regional governor Gauez Nurmukhambetov told reporters.

In spring 2024 floods across Kazakhstan forced more than 100,000 people to evacuate, and President Kassym-Jomart Tokayev criticised officials for poor preparation. The government has since spent heavily on dams and river dredging.
`,
      ),
      written(
        'floods-en-compensation',
        'en',
        'Government promises compensation as floodwaters recede in North Kazakhstan',
        `
PETROPAVLOVSK – As the water in the Esil river began to fall on April 18, officials in North Kazakhstan region turned to the task of assessing damage and paying compensation to flooded households.

Deputy Prime Minister Kanat Bozumbayev, visiting the region, said each affected family would receive a one-off payment of 100 monthly calculation indices, about 390,000 tenge, and that houses destroyed by the flooding would be replaced or compensated by the end of the summer.

More than 350 homes were damaged during this month's spring floods, mainly in Kyzylzhar district on the outskirts of Petropavlovsk. About 1,600 people were evacuated at the peak of the flood; most have now returned home.

Residents complained that some dams built after the 2024 floods had not been finished in time. The regional administration said it would complete the remaining work before next spring.
`,
      ),
      written(
        'floods-kk',
        'kk',
        'Солтүстік Қазақстан облысында су тасқыны: 1,5 мыңнан астам адам көшірілді',
        `
ПЕТРОПАВЛ. ҚазАқпарат – Солтүстік Қазақстан облысында көктемгі су тасқынына байланысты 1 540 адам, оның ішінде 480 бала қауіпсіз жерге көшірілді. Бұл туралы ҚР Төтенше жағдайлар министрлігі хабарлады.

Қызылжар ауданы мен Мағжан Жұмабаев ауданында 312 тұрғын үйді су басты. Төрт елді мекенмен қатынас үзіліп, тұрғындарға азық-түлік тікұшақпен жеткізілуде.

Петропавл қаласы тұсында Есіл өзеніндегі су деңгейі бір тәулікте 38 сантиметрге көтеріліп, қауіпті белгіден асты. Өзен бойында 30 шақырымнан астам қорғаныс бөгеті салынды.

Облыс әкімі Ғауез Нұрмұхамбетовтың айтуынша, биыл қыста қар қалыпты мөлшерден екі есе көп түскен. Су тасқынының шыңы алдағы бір аптада күтіледі.
`,
      ),
    ],
  },
  {
    id: 'heat-wave-south',
    summary:
      'July 2025: heat wave in southern Kazakhstan, up to +47 °C; Shymkent breaks a temperature record.',
    articles: [
      written(
        'heat-ru-kazhydromet',
        'ru',
        'Казгидромет: на юге Казахстана ожидается жара до +47 градусов',
        `
РГП «Казгидромет» объявило штормовое предупреждение в связи с сильной жарой в южных регионах страны. С 21 по 25 июля в Туркестанской и Кызылординской областях ожидается 44–47 градусов тепла, в Жамбылской области и Шымкенте – до 45 градусов.

Синоптики отмечают, что антициклон над Средней Азией сохранится как минимум до конца недели. Ночью воздух будет остывать лишь до 26–30 градусов. На юге и юго-востоке также сохранится высокая пожарная опасность.

Министерство здравоохранения рекомендует в часы пика жары – с 11 до 17 часов – по возможности не выходить на улицу, пить больше воды и не оставлять детей и животных в закрытых автомобилях.

Акиматы южных регионов сократили продолжительность работ на открытом воздухе и организовали пункты бесплатной раздачи питьевой воды на остановках и рынках.
`,
      ),
      written(
        'heat-ru-tengri',
        'ru',
        'Аномальная жара в Шымкенте побила рекорд сорокалетней давности',
        `
В Шымкенте 23 июля зафиксирована температура воздуха +45,8 градуса. Это абсолютный максимум для города за всю историю наблюдений: предыдущий рекорд, +44,9, был установлен в июле 1983 года, сообщили синоптики.

Аномальная жара держится на юге Казахстана пятый день подряд. В Туркестане столбик термометра поднимался до +46,5, в Кызылорде – до +45.

За медицинской помощью с тепловыми ударами в Шымкенте за неделю обратились более 200 человек, сообщили в городском управлении здравоохранения.

Из-за возросшей нагрузки на электросети в некоторых районах города происходили отключения света. В энергокомпании объяснили это массовым использованием кондиционеров.

По прогнозу, небольшое снижение температуры на юге ожидается не раньше 27 июля.
`,
      ),
      written(
        'heat-en',
        'en',
        'Heat wave grips southern Kazakhstan as Shymkent sets all-time temperature record',
        `
SHYMKENT, Kazakhstan – A heat wave gripping southern Kazakhstan pushed temperatures to an all-time high of 45.8 degrees Celsius in the city of Shymkent on Wednesday, the national weather service Kazhydromet said.

The previous record for the city, Kazakhstan's third largest, was 44.9C, set in 1983. Temperatures reached 46.5C in the city of Turkestan and 45C in Kyzylorda.

Hospitals in Shymkent treated more than 200 people for heatstroke over the past week, local health officials said. Power cuts hit several neighbourhoods as air conditioners strained the grid.

Authorities in the south shortened outdoor working hours and set up free drinking water stations at bus stops and markets.

Central Asia is warming faster than the global average, scientists say, with longer and more frequent heat waves threatening farming and water supplies in a region that depends heavily on irrigation.
`,
      ),
    ],
  },
  {
    id: 'school-reform',
    summary:
      'January 2026: the Ministry of Enlightenment announces a school reform from 1 September 2026: a 10-point grading scale, fewer subjects, no homework in first grade.',
    articles: [
      written(
        'school-ru-kazinform',
        'ru',
        'С 1 сентября 2026 года школы перейдут на новую систему оценивания',
        `
АСТАНА, 22 января. /Kazinform/ – Министерство просвещения Казахстана представило основные направления реформы школьного образования, которая начнется с 1 сентября 2026 года.

Как сообщил министр просвещения Гани Бейсембаев на брифинге в Службе центральных коммуникаций, вместо нынешней системы критериального оценивания в школах будет введена десятибалльная шкала. По словам министра, она понятнее родителям и позволит точнее отражать прогресс ученика.

Кроме того, в начальной школе будет сокращено количество предметов, а в первом классе домашние задания будут полностью отменены. В старших классах ученики смогут выбирать профильные направления – естественно-математическое, гуманитарное или технологическое.

– Наша цель – снизить нагрузку на детей и повысить качество знаний. Реформа прошла обсуждение с учителями и родителями, – подчеркнул Бейсембаев.

Новые учебные программы будут опубликованы до 1 мая.
`,
      ),
      written(
        'school-ru-feature',
        'ru',
        'Без домашних заданий и с десятибалльной шкалой: что изменится в школах',
        `
Родительские чаты в Казахстане уже неделю обсуждают одну тему: как будет учиться ребенок после 1 сентября. Министерство просвещения объявило о самой крупной за последние годы реформе школы.

Главное изменение касается оценок. Привычные «суммативки» и баллы за разделы, которые многие родители так и не научились понимать, уступят место десятибалльной шкале. «Наконец-то станет ясно, за что ставят оценку», – пишет мама третьеклассника из Алматы.

Первоклассникам отменят домашние задания, а в начальной школе станет меньше предметов. Старшеклассники будут выбирать профиль обучения.

Не все учителя настроены оптимистично. «Систему оценивания меняем уже третий раз за пятнадцать лет. Каждый раз нужно переучиваться, а учебников под новые программы пока нет», – говорит учитель математики из Караганды с двадцатилетним стажем.

В министерстве обещают курсы повышения квалификации для всех педагогов до начала учебного года.
`,
      ),
      written(
        'school-en',
        'en',
        'Kazakhstan announces school reform with new grading scale, fewer subjects',
        `
ASTANA – Kazakhstan will overhaul how schoolchildren are graded and taught from Sept. 1, 2026, Minister of Enlightenment Gani Beisembayev announced on Jan. 22.

Schools will replace the current criteria-based assessment, introduced in the 2010s, with a 10-point grading scale that officials say is easier for parents and pupils to understand.

The reform will also reduce the number of subjects in primary school and scrap homework for first-graders. In the last two years of school, students will choose a specialised track in science and mathematics, the humanities or technology.

"Our aim is to reduce the burden on children while raising the quality of knowledge," Beisembayev said.

Teachers' unions have welcomed the simpler grading but asked for new textbooks and training to be ready in time. The ministry said new curricula would be published by May 1.

Kazakhstan has about 7,900 schools and nearly 4 million pupils.
`,
      ),
      written(
        'school-kk',
        'kk',
        'Мектеп реформасы: 2026 жылдың 1 қыркүйегінен бастап жаңа бағалау жүйесі енгізіледі',
        `
АСТАНА. ҚазАқпарат – Оқу-ағарту министрі Ғани Бейсембаев мектеп білімін реформалаудың негізгі бағыттарын таныстырды. Өзгерістер 2026 жылғы 1 қыркүйектен бастап күшіне енеді.

Министрдің айтуынша, қазіргі критериалды бағалаудың орнына он балдық шкала енгізіледі. Бұл ата-аналарға түсінікті әрі оқушының жетістігін дәлірек көрсетеді.

Бастауыш сыныптарда пәндер саны қысқарады, ал бірінші сынып оқушыларына үй тапсырмасы берілмейді. Жоғары сынып оқушылары жаратылыстану-математика, гуманитарлық немесе технологиялық бағытты таңдай алады.

– Біздің мақсатымыз – балалардың жүктемесін азайтып, білім сапасын арттыру, – деді Ғани Бейсембаев.

Жаңа оқу бағдарламалары 1 мамырға дейін жарияланады.

Мұғалімдер жаңа жүйеге дайындық курстарынан өтеді.
`,
      ),
    ],
  },
  {
    id: 'almaty-film-festival',
    summary:
      'September 2025: second Almaty Film Festival; Kyrgyz drama "Ak-Suu" wins the Grand Prix.',
    articles: [
      written(
        'film-en',
        'en',
        "Kyrgyz drama 'Ak-Suu' wins top prize at Almaty Film Festival",
        `
ALMATY – "Ak-Suu", a drama by Kyrgyz director Emil Asanov about a shepherd family forced off its summer pastures by a mining company, won the Grand Prix at the second Almaty Film Festival on Sept. 26.

The jury, chaired by Georgian director Nana Ekvtimishvili, praised the film's "quiet anger and extraordinary sense of landscape".

Kazakh director Aigerim Seitkazy took the best director award for "Kokpar", her debut feature about a village horse game that turns into a feud. The best actor prize went to Yerlan Nurmukhambetov for his role as a retired boxer in "The Last Round", while Uzbek actress Dilnoza Karimova was named best actress.

The festival screened 86 films from 31 countries over seven days, with most screenings in Almaty's cinemas sold out, organisers said. A new industry section brought together producers from Central Asia, Turkey and South Korea.

Founded in 2024, the festival aims to become the main showcase for cinema from Central Asia and the wider region.
`,
      ),
      written(
        'film-ru',
        'ru',
        'Гран-при Almaty Film Festival получил кыргызский фильм «Ак-Суу»',
        `
В Алматы подвели итоги второго международного кинофестиваля Almaty Film Festival. Главный приз получила драма кыргызского режиссера Эмиля Асанова «Ак-Суу» – история семьи чабанов, которую горнодобывающая компания вытесняет с летних пастбищ.

Приз за лучшую режиссуру жюри присудило казахстанскому режиссеру Айгерим Сейтказы за дебютный фильм «Кокпар». Лучшим актером признан Ерлан Нурмухамбетов, сыгравший бывшего боксера в картине «Последний раунд», лучшей актрисой – Дилноза Каримова из Узбекистана.

Председателем жюри была грузинский режиссер Нана Эквтимишвили.

За неделю фестиваля зрители увидели 86 картин из 31 страны. По словам организаторов, продано более 40 тысяч билетов.
`,
      ),
      written(
        'film-ru-feature',
        'ru',
        'Кино, горы и очереди в кинотеатры: чем запомнился второй кинофестиваль в Алматы',
        `
Неделя международного кинофестиваля превратила Алматы в место, где о кино говорят в кофейнях, такси и очередях у касс. Второй Almaty Film Festival оказался заметно больше первого: 86 фильмов, 31 страна, гости из Кореи, Турции и Европы.

Главным открытием фестиваля критики называют не только победителя – кыргызскую картину «Ак-Суу», но и казахстанский дебют «Кокпар» Айгерим Сейтказы, получивший приз за режиссуру. Фильм о деревенской игре, которая перерастает во вражду двух семей, зал провожал стоя.

Впервые на фестивале работала индустриальная площадка: продюсеры из Центральной Азии представили проекты будущих фильмов потенциальным партнерам. По словам организаторов, по итогам питчинга подписано семь соглашений о копродукции.

Жители жаловались на нехватку билетов: многие сеансы были распроданы за несколько часов. Организаторы обещают в следующем году добавить открытые показы под небом в парке у подножия Кок-Тобе.
`,
      ),
    ],
  },
  {
    id: 'boxing-world-title',
    summary:
      'December 2025: Kazakh boxer Daniyar Sagatov wins the vacant IBF super lightweight world title in Astana.',
    articles: [
      written(
        'boxing-ru',
        'ru',
        'Данияр Сагатов стал чемпионом мира по версии IBF',
        `
Казахстанский боксер Данияр Сагатов завоевал вакантный титул чемпиона мира по версии IBF в первом полусреднем весе. В субботу в «Барыс Арене» он досрочно победил мексиканца Луиса Арредондо.

Бой складывался в пользу Сагатова с первых раундов. В шестом раунде казахстанец отправил соперника в нокдаун, а в девятом рефери остановил поединок после серии ударов у канатов.

Для 28-летнего уроженца Тараза эта победа стала 19-й в профессиональной карьере, поражений у него нет. Арредондо потерпел третье поражение.

– Я посвящаю этот пояс своей семье и всем, кто болел за меня в зале. Чемпионский бой дома – это особое чувство, – сказал Сагатов после боя.

Президент Касым-Жомарт Токаев поздравил Данияра Сагатова с победой, отметив его волю и мастерство. Поединок посмотрели около 12 тысяч зрителей.
`,
      ),
      written(
        'boxing-en',
        'en',
        "Kazakhstan's Sagatov stops Arredondo to win IBF world title in Astana",
        `
ASTANA – Daniyar Sagatov became Kazakhstan's newest world boxing champion on Saturday, stopping Mexico's Luis Arredondo in the ninth round to claim the vacant IBF super lightweight title in front of a home crowd at the Barys Arena.

Sagatov, 28, dropped Arredondo with a left hook in the sixth round and kept up the pressure until referee Mark Nelson waved off the fight with the Mexican trapped on the ropes.

The win improved Sagatov's record to 19-0 with 13 knockouts. Arredondo fell to 24-3.

"A world title fight at home, in front of my people – I could not dream of more," said Sagatov, a former amateur world championships medallist from the southern city of Taraz.

President Kassym-Jomart Tokayev congratulated the new champion, the presidential press service said.

Kazakhstan has produced several professional world champions in recent years, building on a strong amateur tradition that has brought the country Olympic gold medals since 1996.
`,
      ),
      written(
        'boxing-kk',
        'kk',
        'Данияр Сағатов IBF нұсқасы бойынша әлем чемпионы атанды',
        `
Қазақстандық боксшы Данияр Сағатов IBF нұсқасы бойынша бірінші жартылай орта салмақтағы әлем чемпионы атағын жеңіп алды. Сенбі күні Астанадағы «Барыс Арена» сарайында ол мексикалық Луис Арредондоны мерзімінен бұрын жеңді.

Алтыншы раундта Сағатов қарсыласын нокдаунға жіберді, ал тоғызыншы раундта төреші жекпе-жекті тоқтатты.

Таразда туған 28 жастағы боксшы кәсіпқой рингтегі 19-шы жеңісіне жетті, оның әлі бір де бір жеңілісі жоқ.

– Бұл белбеуді отбасыма және залда маған жанкүйер болған барша жерлестеріме арнаймын, – деді Данияр Сағатов.

Мемлекет басшысы Қасым-Жомарт Тоқаев жаңа әлем чемпионын жеңісімен құттықтады.
`,
      ),
    ],
  },
  {
    id: 'astana-marathon',
    summary:
      'September 2025: the Astana Marathon; Kenyan and Ethiopian winners, a record field of 25,000.',
    articles: [
      written(
        'marathon-ru-kazinform',
        'ru',
        'Кенийский бегун выиграл Астана Марафон',
        `
АСТАНА, 7 сентября. /Kazinform/ – Победителем Астана Марафона на классической дистанции 42,195 км стал кенийский легкоатлет Эванс Кипроп, показавший время 2:09:48. Это новый рекорд трассы.

Второе и третье места также заняли спортсмены из Кении. Среди женщин первой финишировала представительница Эфиопии Тигист Алему с результатом 2:27:15.

Лучшим среди казахстанских бегунов стал Арман Ахметов из Караганды, он финишировал девятым.

Всего в забегах на разные дистанции – 42, 21 и 10 км, а также в детском забеге – приняли участие более 25 тысяч человек из 60 стран, что является рекордом для столичного марафона.

Старт и финиш располагались у монумента «Қазақ Елі». Аким Астаны Женис Касымбек, пробежавший 10 км, поблагодарил волонтеров и жителей города за поддержку участников.
`,
      ),
      written(
        'marathon-en',
        'en',
        "Kenya's Kiprop breaks course record at Astana Marathon as 25,000 take part",
        `
ASTANA – Kenya's Evans Kiprop won the Astana Marathon on Sunday in a course record of 2 hours 9 minutes 48 seconds, leading a Kenyan sweep of the men's podium.

Ethiopia's Tigist Alemu won the women's race in 2:27:15, pulling away from the pack after the 30-kilometer mark along the Yesil river embankment.

Organisers said a record of more than 25,000 runners from 60 countries took part in the full marathon, the half marathon, a 10-kilometer race and a children's run.

The best-placed Kazakh runner was Arman Akhmetov from Karaganda in ninth place.

First held in 2015, the Astana Marathon has become one of the largest mass sporting events in Central Asia. The course passes the Baiterek tower, the Khan Shatyr shopping centre and the presidential palace.
`,
      ),
      written(
        'marathon-ru-feature',
        'ru',
        'Перекрытые улицы, рекорд трассы и 25 тысяч бегунов: как прошел марафон в столице',
        `
В воскресенье Астана с раннего утра принадлежала бегунам. Центральные проспекты перекрыли в 6 утра, и к старту у монумента «Қазақ Елі» потянулись тысячи людей в разноцветных футболках.

Нынешний Астана Марафон побил сразу два рекорда: число участников превысило 25 тысяч, а кениец Эванс Кипроп пробежал классическую дистанцию быстрее всех в истории забега – за 2 часа 9 минут 48 секунд.

Но для большинства участников главным было не время, а сам финиш. На полумарафонской дистанции бежала 72-летняя жительница Астаны Роза Мухамедиева, которая занимается бегом всего три года. «Дети сначала смеялись, а теперь бегут со мной», – рассказала она.

Вдоль трассы работали 2 тысячи волонтеров, 30 пунктов питания и медицинские бригады. По данным организаторов, за помощью обратились около 150 человек, серьезных травм нет.

Движение транспорта в центре столицы было полностью восстановлено к 15:00.
`,
      ),
    ],
  },
  {
    id: 'caspian-seals',
    summary:
      'May 2025: hundreds of dead Caspian seals found on the coast of Mangystau region; possible causes discussed.',
    articles: [
      written(
        'seals-ru',
        'ru',
        'На побережье Каспия в Мангистауской области обнаружены более 300 мертвых тюленей',
        `
АКТАУ, 6 мая. /КазТАГ/ – На побережье Каспийского моря в Тупкараганском районе Мангистауской области обнаружены туши более 300 каспийских тюленей, сообщили в Департаменте экологии по региону.

Мертвых животных нашли на участке протяженностью около 40 км между поселком Баутино и мысом Тюб-Караган. Взяты пробы воды и тканей погибших тюленей, они направлены в лаборатории в Астане и Алматы.

По предварительным данным, признаков огнестрельных ранений или запутывания в рыболовных сетях на тушах не выявлено.

Каспийский тюлень – единственное морское млекопитающее Каспия – занесен в Красную книгу Казахстана. Его численность за последние сто лет сократилась более чем в десять раз.

Специалисты продолжают обследование побережья. Жителей просят не прикасаться к погибшим животным и сообщать о находках по телефону 112.
`,
      ),
      written(
        'seals-en',
        'en',
        'Hundreds of dead Caspian seals wash up on Kazakhstan coast',
        `
AKTAU, Kazakhstan, May 6 (AP) — More than 300 dead seals have washed up on Kazakhstan's Caspian Sea coast, environmental officials said Tuesday, the latest in a series of mass die-offs of the endangered species.

The carcasses were found along a 40-kilometer (25-mile) stretch of shoreline in the western Mangystau region. Samples have been sent for laboratory analysis, the regional ecology department said.

The Caspian seal, the sea's only marine mammal, is listed as endangered by the International Union for Conservation of Nature. Its population has fallen from about 1 million at the start of the 20th century to around 70,000 breeding females.

In 2020 and 2022 thousands of seals were found dead on the Russian coast of the Caspian in Dagestan. Scientists then pointed to natural gas emissions from the seabed, disease and pollution as possible causes.

Environmental activists in Kazakhstan called for an independent investigation and for the results to be made public.
`,
      ),
      written(
        'seals-ru-causes',
        'ru',
        'Экологи назвали возможные причины массовой гибели тюленей на Каспии',
        `
Результаты первых анализов проб, взятых после обнаружения погибших тюленей на мангистауском побережье Каспия, не выявили превышения содержания нефтепродуктов и тяжелых металлов в морской воде, сообщило Министерство экологии и природных ресурсов.

Окончательные выводы ученые сделают после вирусологических исследований. Одна из версий – вспышка чумы плотоядных, которая уже приводила к массовой гибели тюленей на Каспии в 2000 году.

Биологи Казахстанского агентства прикладной экологии указывают и на другие факторы: обмеление северной части моря, из-за которого тюленям становится труднее находить корм, и сокращение ледового покрова, на котором животные рождают детенышей.

«Каспийский тюлень – индикатор здоровья всего моря. Если популяция продолжит сокращаться, это сигнал для всех прикаспийских государств», – отметила эколог Айгерим Жолдасова.

Министерство пообещало опубликовать итоговые результаты исследований до конца июня.
`,
      ),
    ],
  },
  {
    id: 'almaty-metro',
    summary: 'December 2025: two new Almaty metro stations, Saryarka and Kalkaman, open.',
    articles: [
      written(
        'metro-ru',
        'ru',
        'В Алматы открылись две новые станции метро',
        `
В Алматы 16 декабря открылись две новые станции метрополитена – «Сарыарка» и «Калкаман». Линия продлена на 4,6 км в западном направлении от станции «Москва», сообщили в акимате города.

Первых пассажиров станции приняли в 6:00. На церемонии открытия аким Алматы Ерболат Досаев отметил, что метро теперь придет в густонаселенные микрорайоны Алатауского и Наурызбайского районов, где живут более 200 тысяч человек.

С запуском новых станций протяженность алматинского метро составила 16 километров, а число станций достигло 11. Интервал движения поездов в часы пик сокращен до шести минут.

Стоимость проезда не изменилась. Рядом со станцией «Калкаман» построены перехватывающая парковка и остановки автобусов, которые будут подвозить пассажиров из соседних микрорайонов.
`,
      ),
      written(
        'metro-kk',
        'kk',
        'Алматы метросының екі жаңа бекеті ашылды',
        `
Алматыда 16 желтоқсанда метрополитеннің «Сарыарқа» және «Қалқаман» атты екі жаңа бекеті ашылды. Метро желісі «Мәскеу» бекетінен батыс бағытқа қарай 4,6 шақырымға ұзартылды.

Ашылу рәсімінде Алматы қаласының әкімі Ерболат Досаев жаңа бекеттер Алатау және Наурызбай аудандарындағы 200 мыңнан астам тұрғынға ыңғайлы болатынын айтты.

Енді Алматы метросының ұзындығы 16 шақырымға, бекеттер саны 11-ге жетті. Қарбалас уақытта пойыздар арасындағы аралық алты минутқа дейін қысқарды.

Жол ақысы өзгерген жоқ. «Қалқаман» бекетінің жанында автокөлік тұрағы мен автобус аялдамалары салынды.

Метро қызметі жаңа бекеттерде жолаушылар ағыны жоғары болады деп күтеді.
`,
      ),
      written(
        'metro-en',
        'en',
        'Almaty opens two new metro stations in western districts',
        `
ALMATY – Almaty opened two new metro stations, Saryarka and Kalkaman, on Dec. 16, extending the city's only line by 4.6 kilometers to the west.

The extension brings the subway to fast-growing residential districts where more than 200,000 people live, Mayor Yerbolat Dossayev said at the opening ceremony. Many residents there have until now spent an hour or more on buses to reach the city centre.

The Almaty Metro, which opened in 2011 after more than two decades of construction, now has 11 stations and a length of 16 kilometers. Trains will run every six minutes at peak hours.

The city plans to start building a second line in 2026. Critics say progress has been slow for a city of more than 2.3 million people that suffers from heavy traffic and winter smog.
`,
      ),
    ],
  },
  {
    id: 'measles-outbreak',
    summary: 'January 2026: rise in measles cases in Kazakhstan; catch-up vaccination campaign.',
    articles: [
      written(
        'measles-ru',
        'ru',
        'Корь в Казахстане: с начала года зарегистрировано более 1,2 тысячи случаев',
        `
С начала 2026 года в Казахстане зарегистрировано 1 236 случаев кори, большинство заболевших – дети, не получившие прививку, сообщили в Министерстве здравоохранения.

Больше всего случаев выявлено в Алматы, Шымкенте, Туркестанской и Алматинской областях. В больницах находятся более 300 человек, у части детей болезнь протекает с осложнениями в виде пневмонии.

Главный государственный санитарный врач отметила, что основная причина роста заболеваемости – отказы родителей от вакцинации. В 2025 году в стране было зафиксировано более 9 тысяч отказов от прививок.

Министр здравоохранения Акмарал Альназарова поручила провести дополнительную иммунизацию детей в возрасте от 1 года до 5 лет, пропустивших плановую вакцинацию. Вакцина против кори доступна бесплатно во всех поликлиниках.

Врачи напоминают, что корь – одна из самых заразных инфекций: один больной может заразить до 18 человек.
`,
      ),
      written(
        'measles-en',
        'en',
        'Kazakhstan launches catch-up vaccination as measles cases rise',
        `
ALMATY – Kazakhstan has launched a catch-up vaccination campaign for young children after recording more than 1,200 measles cases in the first weeks of 2026, most of them among unvaccinated children.

Health Minister Akmaral Alnazarova said parents' refusals to vaccinate were the main cause of the outbreak, which is concentrated in Almaty, Shymkent and the southern Turkestan region.

More than 300 people, mostly children, are in hospital, some with pneumonia. No deaths have been reported this year.

The country saw a large measles outbreak in 2023 and 2024, when tens of thousands fell ill and several children died. Vaccine hesitancy spread on social media during the COVID-19 pandemic, doctors say.

Measles vaccines are free at state clinics. The ministry said mobile teams would visit schools and kindergartens, and that kindergartens could refuse to admit unvaccinated children during the outbreak.
`,
      ),
    ],
  },
  {
    id: 'abai-180',
    summary:
      'August 2025: celebrations of the 180th anniversary of the poet Abai Kunanbayev in Semey and across Kazakhstan.',
    articles: [
      written(
        'abai-kk',
        'kk',
        'Абай Құнанбайұлының 180 жылдығы: Семейде мерейтойлық шаралар өтті',
        `
СЕМЕЙ. ҚазАқпарат – Ұлы ақын, ағартушы Абай Құнанбайұлының туғанына 180 жыл толуына орай Семей қаласында және Абай облысында мерейтойлық шаралар өтті.

10 тамызда Абай алаңында ақын ескерткішіне гүл шоқтары қойылды. Кейін Абайдың «Қара сөздері» мен өлеңдерін оқу марафоны ұйымдастырылып, оған мектеп оқушылары мен студенттер, ақын-жазушылар қатысты.

Жидебайдағы Абай мен Шәкәрім кесенесіне барған қонақтар ақынның шығармашылығына арналған халықаралық ғылыми конференцияға қатысты. Конференцияға Түркия, Ресей, Қытай және Германиядан ғалымдар келді.

Мерейтой аясында Абай шығармаларының ағылшын, қытай және француз тілдеріндегі жаңа аудармалары таныстырылды. Шаралар жыл соңына дейін республиканың барлық өңірлерінде жалғасады.
`,
      ),
      written(
        'abai-ru',
        'ru',
        'В Семее отметили 180-летие Абая',
        `
СЕМЕЙ, 10 августа. /Kazinform/ – В Семее и по всей Абайской области прошли торжества, посвященные 180-летию со дня рождения великого казахского поэта и мыслителя Абая Кунанбаева.

Утром жители и гости города возложили цветы к памятнику Абаю, после чего на центральной площади начался марафон чтения «Слов назидания» и стихов поэта. В нем участвовали школьники, студенты и известные писатели.

В заповеднике-музее «Жидебай – Борили» прошла международная научная конференция, на которую приехали исследователи из Турции, России, Китая и Германии.

В рамках юбилея представлены новые переводы произведений Абая на английский, китайский и французский языки. ЮНЕСКО включило 180-летие поэта в календарь памятных дат организации на 2024–2025 годы.

Юбилейные мероприятия продлятся до конца года во всех регионах страны и в зарубежных представительствах Казахстана.
`,
      ),
      written(
        'abai-en',
        'en',
        'Kazakhstan marks 180th anniversary of poet Abai Kunanbayev',
        `
SEMEY – Kazakhstan celebrated the 180th anniversary of the birth of Abai Kunanbayev, the poet and philosopher regarded as the founder of modern Kazakh literature, with events in his home region on Aug. 10.

Thousands gathered at the Abai monument in Semey to lay flowers, followed by a public reading of his poems and of his "Book of Words", a collection of prose reflections written at the end of the 19th century.

An international conference at the Zhidebai memorial complex, where Abai is buried, brought together scholars from Türkiye, Russia, China and Germany. New translations of his work into English, Chinese and French were presented.

Abai, who translated Pushkin, Lermontov and Krylov into Kazakh, called on his countrymen to value education, work and honesty. His portrait appears on banknotes and his name is given to streets, schools and a region in eastern Kazakhstan.

UNESCO included the anniversary in its list of commemorative dates for 2024-2025.
`,
      ),
    ],
  },
];
