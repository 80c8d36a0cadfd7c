import { type Article, written } from './types.ts';

/**
 * Articles about no query's subject that share its vocabulary (weather, schools, health,
 * culture, sport). None of them is judged relevant.
 */
export const OTHERS_SOCIETY: Article[] = [
  // Floods elsewhere, and other news from the north.
  written(
    'o-pakistan-floods',
    'en',
    'Monsoon floods kill dozens in Pakistan as rivers burst banks',
    `
ISLAMABAD, Aug 27 (Reuters) - Monsoon floods have killed at least 45 people in Pakistan's Punjab province this week and forced more than 200,000 people from their homes, officials said on Wednesday, as the Ravi, Sutlej and Chenab rivers burst their banks.

The army was deployed to help evacuate villages, and boats ferried families and livestock to higher ground. Large areas of farmland were under water.

The National Disaster Management Authority warned of more heavy rain in the coming days.

Pakistan is one of the countries most vulnerable to climate change. Floods in 2022 killed more than 1,700 people and caused damage estimated at $30 billion.
`,
  ),
  written(
    'o-orenburg-flood',
    'ru',
    'В Оренбургской области из-за паводка подтоплены дачные участки',
    `
ОРЕНБУРГ, 15 апреля. /Интерфакс/ – В Оренбургской области из-за весеннего паводка подтоплены более 200 приусадебных и дачных участков, а также несколько участков автомобильных дорог, сообщили в региональном ГУ МЧС.

Уровень воды в реке Урал у Оренбурга за сутки поднялся на 40 сантиметров, однако остается ниже критической отметки. Ситуация в Орске, где в 2024 году прорвало дамбу, находится под контролем.

В ведомстве отметили, что жилые дома в зону подтопления пока не попали. Спасатели дежурят на опасных участках круглосуточно.

Пик паводка ожидается в конце недели.
`,
  ),
  written(
    'o-wko-flood-prep',
    'ru',
    'В Западно-Казахстанской области готовятся к весеннему паводку',
    `
В Западно-Казахстанской области начали подготовку к весеннему паводку: ведется расчистка русел рек, укрепление дамб и заготовка мешков с песком, сообщили в департаменте по чрезвычайным ситуациям региона.

По прогнозу Казгидромета, запасы воды в снежном покрове в бассейне реки Урал выше нормы, поэтому паводок может быть интенсивнее прошлогоднего.

К паводкоопасному периоду подготовлены более 1,5 тысячи единиц техники и 80 плавсредств. В селах, где существует угроза подтопления, определены места временного размещения жителей.

Аким области поручил завершить все подготовительные работы до 1 марта.
`,
  ),
  written(
    'o-kyrgyz-mudflows',
    'en',
    'Mudflows hit villages in Kyrgyzstan after heavy rain',
    `
BISHKEK – Mudflows triggered by heavy rain damaged dozens of houses and cut roads in Kyrgyzstan's Jalal-Abad and Osh regions, the country's emergencies ministry said on May 19.

No deaths were reported, but several villages were left without electricity and drinking water. Rescue teams used heavy machinery to clear the roads.

Kyrgyzstan is prone to mudflows and landslides in spring, when rain combines with melting snow in the mountains.

The government said it would provide temporary housing for families whose homes were destroyed.
`,
  ),
  written(
    'o-petropavlovsk-bridge',
    'ru',
    'В Петропавловске начали строить новый автомобильный мост',
    `
В Петропавловске началось строительство нового автомобильного моста, который свяжет центр города с микрорайонами на левом берегу, сообщили в акимате Северо-Казахстанской области.

Длина моста составит около 600 метров, по нему будет организовано четырехполосное движение. Завершить строительство планируется в 2027 году.

По словам представителей акимата, сейчас в часы пик на единственном мосту образуются многокилометровые пробки, а в случае ремонта жители отдаленных районов оказываются отрезанными от центра.

Стоимость проекта превышает 30 млрд тенге.

Параллельно с мостом будут построены новые развязки и отремонтированы подъездные дороги. На время строительства в районе изменится схема движения общественного транспорта. Жители ранее неоднократно обращались к властям с просьбой построить второй мост.
`,
  ),
  written(
    'o-sko-harvest-kk',
    'kk',
    'Солтүстік Қазақстан облысында астық жинау науқаны аяқталды',
    `
ПЕТРОПАВЛ. ҚазАқпарат – Солтүстік Қазақстан облысында астық жинау науқаны аяқталды. Биыл өңірде 6 миллион тоннадан астам астық бастырылды, бұл өткен жылғы көрсеткіштен жоғары.

Облыстық ауыл шаруашылығы басқармасының мәліметінше, орташа өнімділік гектарына 17 центнерден асты. Егіннің басым бөлігін бидай құрайды.

Күзгі жаңбыр жинау жұмыстарын біршама кешеуілдетті, алайда шаруалар астықты кептіру жұмыстарын уақытында ұйымдастырды.

Облыс әкімдігі шаруаларға жанар-жағармай мен тыңайтқыш сатып алу үшін жеңілдетілген несие беруді жалғастыратынын хабарлады.

Астықтың бір бөлігі элеваторларға сақтауға тапсырылды, ал қалғаны экспортқа және ішкі нарыққа жіберіледі. Облыс әкімдігі қыс мезгілінде мал азығымен қамтамасыз ету мәселесіне де назар аударып отыр.
`,
  ),
  written(
    'o-irtysh-ice',
    'ru',
    'В Семее начался ледоход на Иртыше',
    `
В Семее на реке Иртыш начался ледоход, сообщили в департаменте по чрезвычайным ситуациям Абайской области.

Уровень воды в реке находится в пределах нормы, угрозы подтопления жилых домов нет. Спасатели напоминают жителям о запрете выхода на лед и просят родителей не оставлять детей без присмотра у водоемов.

На берегах Иртыша установлены предупреждающие знаки, работают мобильные группы спасателей.

Ледоход в этом году начался на неделю раньше среднемноголетних сроков из-за теплой погоды.

Гидрологи ожидают, что основной подъем воды в реке придется на конец апреля.
`,
  ),
  // Weather and heat elsewhere.
  written(
    'o-europe-heat',
    'en',
    'Spain records 46C as heat wave spreads across southern Europe',
    `
MADRID, July 1 (Reuters) - Temperatures reached 46 degrees Celsius in southern Spain on Tuesday as a heat wave spread across southern Europe, prompting health warnings in Spain, Portugal, Italy and Greece.

Authorities closed schools in some regions and restricted outdoor work during the hottest hours. Wildfires broke out in Greece and Turkey.

Scientists say heat waves are becoming longer and more intense because of climate change. Europe is warming faster than any other continent.

In Italy, several cities banned outdoor work between midday and 4 p.m.
`,
  ),
  written(
    'o-astana-snow-may',
    'ru',
    'В Астане в мае выпал снег',
    `
Жители Астаны утром 12 мая увидели за окном снег. Температура воздуха опустилась до минус 2 градусов, а днем поднялась лишь до плюс 4.

По данным Казгидромета, похолодание связано с вторжением холодного воздуха с севера. Снег и мокрый снег также прошли в Акмолинской, Карагандинской и Северо-Казахстанской областях.

Синоптики предупредили о заморозках ночью, которые могут повредить первые посевы и цветущие деревья. Дачникам рекомендовали укрыть рассаду.

Потепление до плюс 20 градусов ожидается к концу недели.

Снег в мае для Астаны не редкость: подобные похолодания случались в столице в 2014 и 2021 годах. Коммунальные службы вывели на дороги снегоуборочную технику.
`,
  ),
  written(
    'o-abai-wildfire',
    'ru',
    'В Абайской области тушат крупный лесной пожар',
    `
В Абайской области продолжается тушение лесного пожара в районе Семейского бора, сообщили в Министерстве по чрезвычайным ситуациям.

Площадь пожара составляет около 800 гектаров. К тушению привлечены более 500 человек, 100 единиц техники, вертолеты и самолет Бе-200. Эвакуированы жители одного поселка.

Причиной пожара, по предварительным данным, могла стать сухая гроза. Сохраняется высокая пожароопасность из-за жары и сильного ветра.

В 2023 году в этом же районе в результате лесного пожара погибли 14 лесников.

Жителей региона просят не разводить костры в лесу и сообщать о возгораниях по номеру 112. Въезд в лесные массивы временно ограничен.
`,
  ),
  written(
    'o-almaty-smog',
    'en',
    'Almaty chokes on winter smog as air pollution spikes',
    `
ALMATY – Thick smog covered Almaty this week as air pollution levels reached some of the highest in the world, according to monitoring services.

Concentrations of fine particulate matter exceeded World Health Organization guidelines by more than ten times on several days. Residents complained of headaches and coughing.

The city's location in a basin at the foot of the mountains traps pollution from coal-fired power plants, private homes burning coal and heavy traffic.

City authorities have converted one of the power plants to gas and are expanding public transport, but activists say progress is too slow.
`,
  ),
  written(
    'o-tashkent-heat',
    'ru',
    'В Ташкенте жара превысила 44 градуса',
    `
ТАШКЕНТ, 18 июля. /Podrobno.uz/ – В Ташкенте температура воздуха поднялась до 44,3 градуса. Узгидромет продлил штормовое предупреждение о сильной жаре до 22 июля.

В Бухарской, Навоийской и Сурхандарьинской областях температура превышала 46 градусов.

Министерство здравоохранения Узбекистана рекомендовало жителям избегать пребывания на солнце с 12 до 17 часов. Для строителей и работников торговли введены обязательные перерывы.

На энергосистему страны пришлась пиковая нагрузка, в ряде районов столицы происходили отключения электричества.

Синоптики прогнозируют снижение температуры на 3–5 градусов к концу месяца.
`,
  ),
  written(
    'o-weather-kk',
    'kk',
    'Синоптиктер демалыс күндерге арналған ауа райы болжамын жариялады',
    `
«Қазгидромет» РМК демалыс күндері ел аумағында ауа райы құбылмалы болатынын хабарлады. Солтүстік және орталық өңірлерде жаңбыр жауып, күн күркірейді, жел екпіні секундына 15-20 метрге дейін күшейеді.

Астанада күндіз 18-20 градус жылы, түнде 8-10 градус жылы болады. Алматыда күн ашық, ауа температурасы 27 градусқа дейін көтеріледі.

Оңтүстік өңірлерде жауын-шашынсыз ауа райы сақталады. Түркістан және Қызылорда облыстарында күндіз 32 градусқа дейін ыстық болады.

Синоптиктер таулы аудандарда сел қаупі бар екенін ескертті.

Сондай-ақ Ақмола, Қостанай және Павлодар облыстарында бұршақ жаууы ықтимал. Синоптиктер жүргізушілерге жолда абай болуды, ал тұрғындарға найзағай кезінде ашық жерде жүрмеуді ескертті.
`,
  ),
  // Schools and universities, other than the 2026 reform.
  written(
    'o-ent-results',
    'ru',
    'Подведены итоги ЕНТ: средний балл вырос',
    `
Национальный центр тестирования подвел итоги основного периода единого национального тестирования. В нем приняли участие более 150 тысяч выпускников школ и колледжей.

Средний балл составил 72 из 140 возможных, что на 3 балла выше, чем в прошлом году. Максимальный результат – 140 баллов – набрали 12 человек.

Пороговый балл для поступления на большинство специальностей вузов составил 50 баллов, для педагогических и медицинских специальностей – 75.

Выпускники, не набравшие пороговый балл, смогут пересдать тест в августе.

По данным центра, наиболее сложными для выпускников предметами оказались математика и физика. Лучшие результаты показали выпускники из Астаны, Алматы и Карагандинской области. Зачисление на государственные гранты начнется в августе.
`,
  ),
  written(
    'o-comfortable-schools',
    'ru',
    'В рамках проекта «Комфортные школы» в 2025 году построено 217 школ',
    `
В 2025 году в рамках национального проекта «Комфортные школы» в Казахстане построено 217 новых школ на 460 тысяч ученических мест, сообщили в Министерстве просвещения.

Новые школы оснащены современными кабинетами робототехники, химии и физики, спортивными залами и бассейнами. Большинство из них расположены в Алматы, Астане, Шымкенте, Туркестанской и Алматинской областях, где наблюдается острый дефицит мест.

Проект позволил сократить число школ, работающих в три смены.

В ряде регионов прокуратура выявила нарушения при строительстве, возбуждены уголовные дела.

В 2026 году планируется завершить строительство еще около 150 школ. Часть объектов будет передана в доверительное управление частным операторам.
`,
  ),
  written(
    'o-teacher-salaries',
    'en',
    "Kazakhstan's teachers get pay rise but say workload remains heavy",
    `
ASTANA – Teachers in Kazakhstan will receive a 10% pay rise from January, the government announced, continuing a programme that has roughly doubled their salaries since 2020.

The average teacher's salary will reach about 450,000 tenge a month. Teachers in rural schools and those with higher qualification categories receive additional allowances.

Despite the increases, teachers' unions say paperwork, large classes and duties outside teaching still drive young teachers out of the profession.

The country faces a shortage of about 5,000 teachers, especially in mathematics, physics and English.
`,
  ),
  written(
    'o-university-autonomy',
    'en',
    'Kazakh universities gain more freedom to set programmes',
    `
ASTANA – Kazakhstan's higher education ministry has given universities more freedom to design their own degree programmes and to set admission requirements, as part of a new law on academic freedom.

Universities will be able to open new programmes without ministry approval and to create joint degrees with foreign partners.

The ministry said it would focus on monitoring quality rather than controlling content.

Several foreign universities have opened branches in Kazakhstan in recent years, including British and American institutions.

Students will also be able to move more easily between universities and to have credits earned abroad recognised at home.
`,
  ),
  written(
    'o-uzbek-school-reform',
    'ru',
    'В Узбекистане школы перейдут на пятидневную учебную неделю',
    `
ТАШКЕНТ, 10 марта. /Газета.uz/ – В Узбекистане с нового учебного года все общеобразовательные школы перейдут на пятидневную учебную неделю, сообщили в Министерстве дошкольного и школьного образования.

Реформа также предусматривает обновление учебных программ по математике и естественным наукам, введение обязательного изучения английского языка с первого класса и новую систему аттестации учителей.

По словам министра, изменения призваны снизить нагрузку на учеников и освободить время для кружков и спорта.

Решение вызвало споры среди родителей: часть из них опасается, что дети будут проводить в школе больше времени каждый день.
`,
  ),
  written(
    'o-school-year-kk',
    'kk',
    'Елімізде жаңа оқу жылы басталды',
    `
1 қыркүйекте еліміздің барлық мектептерінде жаңа оқу жылы басталды. Биыл мектеп табалдырығын 400 мыңнан астам бірінші сынып оқушысы аттады.

Оқу-ағарту министрлігінің мәліметінше, жалпы мектептерде 4 миллионға жуық бала білім алады. Жаңа оқу жылында «Жайлы мектеп» ұлттық жобасы аясында салынған 200-ден астам мектеп есігін ашты.

Салтанатты жиындарда ата-аналар мен мұғалімдер оқушыларды құттықтады. Астана мен Алматыда кей мектептерде оқушылар саны көп болғандықтан сабақ екі ауысыммен өтеді.

Министрлік мектептердегі қауіпсіздік пен тамақтану сапасына ерекше назар аударатынын мәлімдеді.

Сонымен қатар бірінші сынып оқушыларының ата-аналарына мектеп формасы мен кеңсе тауарларын сатып алуға көмек көрсетілді.
`,
  ),
  // Culture, other than the Almaty Film Festival and Abai's anniversary.
  written(
    'o-yerzhanov-venice',
    'en',
    "Kazakh director Adilkhan Yerzhanov's new film premieres in Venice",
    `
VENICE – Kazakh director Adilkhan Yerzhanov premiered his latest film, a dark comedy about a provincial police officer, in the Orizzonti section of the Venice Film Festival on Sept. 2.

The film, shot in the steppe of Karaganda region, continues Yerzhanov's series of absurdist stories set in the fictional town of Karatas.

Critics praised the film's visual style and its lead actor. Yerzhanov is one of the most prolific directors in Central Asia, releasing at least one feature a year.

It was the second Kazakh film selected for Venice in three years.
`,
  ),
  written(
    'o-astana-opera',
    'ru',
    'Астана Опера открыла сезон премьерой балета «Жизель»',
    `
Театр «Астана Опера» открыл новый сезон премьерой балета «Жизель» Адольфа Адана в постановке приглашенного хореографа из Италии.

Главные партии исполнили ведущие солисты театра. Декорации и костюмы созданы специально для новой постановки.

В новом сезоне театр покажет 12 премьер, в том числе оперу «Абай» в обновленной редакции, а также проведет гастроли в Италии и Турции.

Билеты на первые показы «Жизели» были распроданы за несколько дней.

Постановка стала результатом совместной работы казахстанских и итальянских художников. По словам руководства театра, новый спектакль будет показан и во время зарубежных гастролей. Для зрителей, которые не смогли купить билеты на премьеру, театр добавил дополнительные показы в октябре.
`,
  ),
  written(
    'o-almaty-jazz',
    'en',
    'Almaty Jazz Festival draws musicians from 15 countries',
    `
ALMATY – The Almaty Jazz Festival opened on Oct. 15 with a concert by a quintet from New Orleans, beginning a week of performances by musicians from 15 countries.

The festival, held at the Kazakh State Philharmonic and in several clubs, also includes masterclasses for students of the Almaty conservatory.

Organisers said tickets for the main concerts sold out within days. Several Kazakh bands, including an ethno-jazz ensemble using the dombra and kobyz, are also on the programme.

The festival was first held in 2003.
`,
  ),
  written(
    'o-kazakhfilm-series',
    'ru',
    '«Казахфильм» снимает сериал о строительстве Турксиба',
    `
Киностудия «Казахфильм» имени Шакена Айманова приступила к съемкам исторического сериала о строительстве Туркестано-Сибирской железной дороги в 1927–1930 годах.

Сериал из восьми серий расскажет о судьбах строителей магистрали – казахских рабочих, инженеров из Москвы и Ленинграда, а также о голоде, который обрушился на степь в те годы.

Съемки проходят в Алматинской и Абайской областях. Премьера запланирована на конец следующего года.

Бюджет проекта составляет около 2 млрд тенге.

Главные роли исполнят молодые актеры, отобранные по итогам открытого кастинга. Консультантами проекта выступили историки и краеведы.
`,
  ),
  written(
    'o-box-office',
    'en',
    'Kazakh comedy breaks local box office record',
    `
ALMATY – A Kazakh-language comedy about a family wedding has become the highest-grossing film in the history of Kazakhstan's cinemas, earning more than 2 billion tenge in five weeks.

The film beat the previous record held by a Hollywood blockbuster. Its success reflects the growing popularity of local comedies, which now regularly top the box office.

Producers say Kazakh audiences want stories about their own lives, told in their own language.

The film will be released in Kyrgyzstan and Uzbekistan next month.
`,
  ),
  written(
    'o-abai-theatre',
    'ru',
    'В Семее после реконструкции открылся драмтеатр имени Абая',
    `
В Семее после трехлетней реконструкции вновь открылся Казахский музыкально-драматический театр имени Абая, сообщили в управлении культуры Абайской области.

В здании отреставрированы фасад и исторические интерьеры, заменены инженерные сети, установлено новое световое и звуковое оборудование. Зрительный зал рассчитан на 500 мест.

Театр открыл сезон спектаклем по пьесе Мухтара Ауэзова. В репертуаре также постановки по произведениям казахской и мировой классики.

Театр был основан в 1934 году.

На торжественной церемонии открытия выступили артисты театра, а также гости из Алматы и Астаны. Руководство театра пообещало в новом сезоне поставить несколько спектаклей для детей и молодежи.
`,
  ),
  written(
    'o-abai-opera-london',
    'en',
    "Kazakh opera 'Abai' staged in London for the first time",
    `
LONDON – Astana Opera performed Akhmet Zhubanov and Latif Khamidi's opera "Abai" in London on Nov. 22, the first staging of the Kazakh classic in Britain.

The performance, part of a cultural programme organised with the Kazakh embassy, drew an audience of diplomats, music lovers and Kazakh students studying in the UK.

The opera, first performed in 1944, tells the story of the poet Abai Kunanbayev and his struggle against injustice in 19th-century Kazakh society.

The company's London programme also included a gala concert of arias and Kazakh folk music.
`,
  ),
  written(
    'o-national-theatre-kk',
    'kk',
    'Мұхтар Әуезов театрында жаңа маусым ашылды',
    `
Алматыдағы Мұхтар Әуезов атындағы қазақ ұлттық драма театры жаңа маусымды ашты. Маусым Ғабит Мүсіреповтің «Қозы Көрпеш – Баян сұлу» пьесасы бойынша қойылған жаңа спектакльмен басталды.

Театр директорының айтуынша, биыл көрермендерге жеті премьера ұсынылады. Оның ішінде әлем классикасы мен жас драматургтердің шығармалары бар.

Театр сонымен қатар облыстарға гастрольдік сапар ұйымдастырып, ауыл көрермендеріне спектакль көрсетуді жоспарлап отыр.

Спектакльге билеттер театр кассасы мен ресми сайт арқылы сатылады.

Маусым ашылуына театр әртістері мен ардагерлері, өнер сүйер қауым қатысты. Театр биыл өзінің 100 жылдық мерейтойына дайындық жұмыстарын бастады. Осыған орай бірнеше мерекелік спектакль мен көрме ұйымдастыру жоспарланған.
`,
  ),
  written(
    'o-coventry-campus',
    'ru',
    'В Алматы строят кампус британского Coventry University',
    `
В Алматы идет строительство кампуса британского Coventry University, который начнет принимать студентов в 2026 году, сообщили в Министерстве науки и высшего образования.

В кампусе будут реализовываться программы бакалавриата по инженерии, компьютерным наукам, бизнесу и дизайну. Выпускники получат британский диплом.

Стоимость обучения будет ниже, чем в Великобритании, а часть студентов сможет учиться по государственному гранту.

Ранее в Казахстане открылись филиалы нескольких британских университетов, в том числе Heriot-Watt University и De Montfort University.

Как сообщили в университете, прием документов начнется весной. Абитуриенты должны будут подтвердить знание английского языка и пройти собеседование. Преподавать в кампусе будут как британские, так и казахстанские специалисты.
`,
  ),
  // Sport, other than the boxing title and the Astana Marathon.
  written(
    'o-asian-boxing',
    'ru',
    'Сборная Казахстана выиграла чемпионат Азии по боксу',
    `
Сборная Казахстана по боксу заняла первое общекомандное место на чемпионате Азии среди мужчин и женщин, который прошел в Бангкоке. Казахстанские боксеры завоевали 7 золотых, 4 серебряные и 5 бронзовых медалей.

Чемпионами Азии стали, в частности, Санжар Ташкенбай и Назым Кызайбай. В финалах казахстанцы чаще всего встречались с боксерами из Узбекистана.

Главный тренер сборной отметил, что команда готовится к чемпионату мира, который пройдет в следующем году.

Вторую строчку в медальном зачете заняла сборная Узбекистана.

Казахстанские боксеры традиционно входят в число лидеров на азиатских и мировых первенствах. В этом году тренерский штаб сделал ставку на молодых спортсменов, для многих из которых этот турнир стал первым крупным стартом.
`,
  ),
  written(
    'o-mma-title',
    'en',
    'Kazakh fighter wins lightweight belt at MMA event in Dubai',
    `
DUBAI – Kazakh mixed martial artist Aslan Tursynbekov won the lightweight title of a regional promotion in Dubai on Friday, submitting his Brazilian opponent in the third round.

Tursynbekov, 26, improved his professional record to 14-1. He said after the fight that he hoped to sign with a major international league next year.

Mixed martial arts has grown rapidly in popularity in Kazakhstan, where several fighters now compete in the world's leading promotions.

The event also featured fighters from Kyrgyzstan, Uzbekistan and Russia.
`,
  ),
  written(
    'o-barys-khl',
    'ru',
    '«Барыс» уступил «Авангарду» в матче КХЛ',
    `
Астанинский «Барыс» на домашнем льду уступил омскому «Авангарду» в матче регулярного чемпионата КХЛ со счетом 2:4.

Хозяева вели после первого периода, однако во втором гости забросили три шайбы подряд. В составе «Барыса» отличились оба американских легионера.

После этого поражения «Барыс» занимает десятое место в Восточной конференции и пока остается за чертой плей-офф.

Следующий матч астанинцы проведут в Екатеринбурге.

Главный тренер «Барыса» после игры признал, что команда провалила второй период. «Мы перестали играть в свой хоккей после первой пропущенной шайбы и слишком много удалялись», – сказал он на пресс-конференции. До конца регулярного чемпионата астанинцам предстоит провести еще 20 матчей.
`,
  ),
  written(
    'o-kairat-ucl',
    'en',
    'Kairat Almaty fall to narrow defeat in Champions League',
    `
ALMATY – Kairat Almaty lost 1-0 at home in the Champions League league phase on Tuesday, conceding a late goal after holding their opponents for most of the match.

More than 23,000 fans filled the Central Stadium for Kazakhstan's first appearance in the competition's main stage. Kairat's goalkeeper made several saves before the winner in the 84th minute.

Kairat qualified for the Champions League after four rounds of qualifiers, a first for a Kazakh club.

The team's long journey distances have been a topic of discussion, with opponents flying more than six hours to Almaty.
`,
  ),
  written(
    'o-rybakina',
    'ru',
    'Елена Рыбакина выиграла турнир WTA в Нинбо',
    `
Первая ракетка Казахстана Елена Рыбакина выиграла турнир WTA 500 в китайском Нинбо. В финале она обыграла представительницу Чехии в двух сетах – 6:4, 6:3.

Этот титул стал для казахстанской теннисистки вторым в сезоне. Рыбакина поднялась на одну позицию в мировом рейтинге.

Спортсменка сделала в финале 11 эйсов и ни разу не позволила сопернице взять свою подачу.

Рыбакина продолжит выступление на Итоговом турнире WTA.

Казахстанская теннисистка провела на турнире пять матчей и не отдала соперницам ни одного сета. После победы она поблагодарила болельщиков и своего тренера.
`,
  ),
  written(
    'o-astana-cycling',
    'en',
    'XDS Astana rider wins mountain stage in Tour of Turkey',
    `
ANTALYA – A rider from the Kazakh-registered XDS Astana team won the queen stage of the Tour of Turkey on Thursday, attacking on the final climb to finish alone.

The victory moved him into second place overall, 12 seconds behind the race leader with two stages to go.

XDS Astana, financed by Kazakhstan's sovereign wealth fund and a Chinese sponsor, has had its most successful season in years.

The team was founded in 2007 and won the Tour de France with Vincenzo Nibali in 2014.
`,
  ),
  written(
    'o-football-kk',
    'kk',
    'Қазақстан құрамасы іріктеу ойынында жеңіске жетті',
    `
Қазақстан футбол құрамасы әлем чемпионатының іріктеу кезеңіндегі кезекті ойында Астанада қонақтарды 2:0 есебімен ұтты.

Алғашқы голды бірінші таймның соңында шабуылшы соқты, ал екінші таймда жартылай қорғаушы есепті екі есеге арттырды. Ойынды 28 мыңнан астам жанкүйер тамашалады.

Бас бапкер ойыншылардың ойынына риза екенін айтып, командаға жанкүйерлердің қолдауы үлкен күш бергенін атап өтті.

Құрама келесі ойынын сырт алаңда өткізеді.

Бұл жеңістен кейін Қазақстан құрамасы топта үшінші орынға көтерілді. Команданың плей-офф кезеңіне шығу мүмкіндігі әлі де сақталып отыр. Қазақстан футбол федерациясы келесі ойынға билеттер онлайн сатылатынын хабарлады. Сарапшылардың пікірінше, құраманың қорғаныс ойыны айтарлықтай жақсарған.
`,
  ),
  written(
    'o-almaty-marathon',
    'ru',
    'Алматы марафон собрал 20 тысяч участников',
    `
В Алматы состоялся традиционный весенний Алматы марафон. В забегах на дистанциях 42, 21 и 10 километров приняли участие около 20 тысяч человек из 50 стран.

Победителем марафона среди мужчин стал бегун из Эфиопии, показавший время 2:12:30. Среди женщин первой финишировала спортсменка из Кении.

Трасса проходила по проспекту Аль-Фараби и улицам центра города. На время забега движение транспорта было ограничено.

Часть средств от регистрационных взносов направлена на благотворительные проекты.

В рамках марафона также прошел забег для людей с инвалидностью и корпоративная эстафета.
`,
  ),
  written(
    'o-berlin-marathon',
    'en',
    'Kenyan runners sweep Berlin Marathon',
    `
BERLIN, Sept 21 (Reuters) - Kenyan runners won both the men's and women's races at the Berlin Marathon on Sunday, in warm conditions that ruled out a world record attempt.

The men's winner crossed the line in 2:03:45, while the women's race was won in 2:18:30. More than 45,000 runners started the race.

Berlin's flat course has produced many world records, most recently in 2023.

Organisers said the temperature was more than 25 degrees Celsius by the time most amateur runners finished.
`,
  ),
  written(
    'o-astana-day-closures',
    'ru',
    'В Астане на День столицы перекроют центральные улицы',
    `
В связи с празднованием Дня столицы в Астане 6 июля будет ограничено движение транспорта на ряде центральных улиц, сообщили в департаменте полиции города.

Перекрытия затронут проспекты Мангилик Ел и Кабанбай батыра, а также улицы в районе площади «Қазақ Елі» и Триумфальной арки.

На площади и набережной реки Есиль пройдут концерты и ярмарки, вечером состоится праздничный салют.

Жителям и гостям столицы рекомендуется пользоваться общественным транспортом.

Для удобства горожан в праздничный день увеличено количество автобусов на маршрутах, проходящих через центр города. Полиция будет дежурить на всех площадках массовых мероприятий. Организаторы просят жителей не приносить на праздник стеклянную посуду и пиротехнику.
`,
  ),
  // The Caspian, wildlife, transport and health, other than the stories.
  written(
    'o-caspian-level',
    'ru',
    'Уровень Каспийского моря продолжает снижаться',
    `
Уровень Каспийского моря за год снизился еще на 30 сантиметров, сообщили в Министерстве водных ресурсов Казахстана. За последние 20 лет море отступило от берега в северной части на несколько километров.

Обмеление создает проблемы для портов Актау и Курык, которые вынуждены проводить дноуглубительные работы, а также для рыболовства.

Ученые связывают снижение уровня с уменьшением стока Волги и ростом испарения из-за потепления.

Казахстан предложил создать международную программу по сохранению Каспия с участием всех прикаспийских государств.

По данным ученых, если тенденция сохранится, к середине века уровень моря может опуститься еще на несколько метров.
`,
  ),
  written(
    'o-sturgeon',
    'en',
    'Kazakhstan toughens penalties for sturgeon poaching in Caspian',
    `
ATYRAU, Kazakhstan – Kazakhstan has increased penalties for poaching sturgeon in the Caspian Sea and the Ural river, with prison sentences of up to ten years for organised groups.

Wild Caspian sturgeon populations have collapsed over the past three decades because of overfishing, dams and pollution.

Police and fisheries inspectors seized several tonnes of sturgeon and black caviar in Atyrau region last year.

Kazakhstan's legal caviar now comes from fish farms, some of which export to Europe.

Environmental groups say the fight against poaching also depends on cooperation with Russia, Iran, Azerbaijan and Turkmenistan, since sturgeon migrate across the whole sea and poachers often sell their catch across borders.
`,
  ),
  written(
    'o-saiga',
    'ru',
    'Численность сайгаков в Казахстане превысила 4 миллиона',
    `
Численность сайгаков в Казахстане по данным весеннего авиаучета превысила 4 миллиона голов, сообщили в Министерстве экологии и природных ресурсов.

Еще в 2015 году популяция была на грани исчезновения: тогда от бактериальной инфекции погибли более 200 тысяч животных. Массовая гибель сайгаков стала одной из крупнейших экологических катастроф десятилетия.

Быстрый рост численности вызывает недовольство фермеров, которые жалуются на потраву посевов.

Правительство разрешило регулирование численности сайгаков в отдельных районах.

Основная часть популяции обитает в Западно-Казахстанской, Актюбинской и Костанайской областях. Ученые предупреждают, что высокая плотность животных повышает риск новых вспышек заболеваний, и призывают продолжать мониторинг состояния стад.
`,
  ),
  written(
    'o-astana-lrt',
    'ru',
    'В Астане начались пробные поездки по линии LRT',
    `
В Астане начались пробные поездки составов легкорельсового транспорта LRT по участку от аэропорта до нового железнодорожного вокзала, сообщили в акимате столицы.

Протяженность первой линии составляет 22 километра, на ней расположены 18 станций. Регулярное движение пассажирских поездов планируется открыть в следующем году.

Проект LRT начали реализовывать в 2017 году, однако строительство несколько лет было заморожено из-за коррупционного скандала.

По оценкам акимата, линия сможет перевозить до 100 тысяч пассажиров в сутки.

В акимате уточнили, что стоимость проезда будет сопоставима с ценой поездки на автобусе, а пересадка на другие виды транспорта будет бесплатной в течение часа.
`,
  ),
  written(
    'o-almaty-buses-kk',
    'kk',
    'Алматыға 200 жаңа автобус келді',
    `
Алматы қаласына қоғамдық көлікті жаңарту бағдарламасы аясында 200 жаңа автобус жеткізілді. Автобустар газбен және электр қуатымен жұмыс істейді.

Қала әкімдігінің мәліметінше, жаңа көліктер халық ең көп пайдаланатын бағыттарға шығарылады. Автобустарда кондиционер, бейнебақылау камералары және мүмкіндігі шектеулі жандарға арналған пандус бар.

Алматыда қоғамдық көлікпен күн сайын бір миллионнан астам адам жүреді. Қала билігі жеке көлік санын азайту үшін арнайы автобус жолақтарын кеңейтуді жоспарлап отыр.

Жол ақысы бұрынғы деңгейде қалады.

Әкімдік биыл тағы 300 автобус сатып алуды жоспарлап отыр. Сонымен қатар бірнеше автобус паркін жаңғырту жұмыстары басталды.
`,
  ),
  written(
    'o-flu',
    'ru',
    'В Астане превышен эпидемический порог по гриппу и ОРВИ',
    `
В Астане превышен эпидемический порог заболеваемости гриппом и острыми респираторными вирусными инфекциями, сообщили в департаменте санитарно-эпидемиологического контроля столицы.

За последнюю неделю за медицинской помощью обратились более 20 тысяч человек, большинство – дети школьного возраста. В нескольких школах классы переведены на дистанционное обучение.

Врачи рекомендуют носить маски в поликлиниках и общественном транспорте, а также сделать прививку от гриппа.

Пик заболеваемости ожидается в конце января.

В управлении здравоохранения отметили, что в поликлиниках открыты дополнительные фильтры для приема пациентов с признаками ОРВИ, а вакцина против гриппа остается в наличии.
`,
  ),
  written(
    'o-kyrgyz-measles',
    'en',
    'Measles outbreak in Kyrgyzstan prompts school vaccination drive',
    `
BISHKEK – Kyrgyzstan's health ministry has launched a vaccination drive in schools after measles cases rose sharply in the capital Bishkek and the southern city of Osh.

More than 800 cases were recorded in the first two months of the year, most among unvaccinated children. Two children have died.

Officials blamed growing distrust of vaccines, spread partly through social media and religious groups.

Neighbouring countries have also reported increases in measles in recent years.

Health workers are visiting families at home to check vaccination records, and unvaccinated children have been asked to stay home from school until they receive a dose.
`,
  ),
  written(
    'o-pneumococcus',
    'ru',
    'Минздрав расширил календарь прививок',
    `
Министерство здравоохранения Казахстана включило в национальный календарь прививок вакцинацию против вируса папилломы человека для девочек 11 лет и расширило вакцинацию против пневмококковой инфекции для пожилых людей.

Прививки будут проводиться бесплатно в поликлиниках по месту прикрепления.

По данным министерства, охват плановой вакцинацией детей в прошлом году составил 95%, однако в некоторых регионах число отказов родителей растет.

Министерство планирует информационную кампанию о пользе вакцинации.

Также планируется обучить медицинских работников первичного звена тому, как отвечать на вопросы родителей о безопасности вакцин.

Прививочная кампания для пожилых людей начнется осенью, перед сезоном гриппа.
`,
  ),
  written(
    'o-charyn-tourism',
    'en',
    'Record number of tourists visit Charyn Canyon',
    `
ALMATY – More than 500,000 people visited Charyn Canyon national park in Almaty region last year, a record, park officials said, as domestic and foreign tourism in Kazakhstan continues to grow.

The canyon, about 200 kilometres east of Almaty, is known for its red rock formations, often compared to the Grand Canyon.

The park has built new walking paths, viewing platforms and a visitor centre, but environmentalists warn that the number of visitors is damaging fragile landscapes.

Foreign tourists, especially from China, South Korea and India, account for a growing share of visitors.
`,
  ),
  written(
    'o-fraud-arrest',
    'ru',
    'В Алматы задержали участников группы интернет-мошенников',
    `
Сотрудники полиции Алматы задержали восемь участников организованной группы, которые от имени банков и государственных органов выманивали деньги у граждан, сообщили в департаменте полиции города.

По данным следствия, мошенники звонили пострадавшим, представлялись сотрудниками службы безопасности банка и убеждали перевести сбережения на «безопасные счета». Ущерб составил более 300 млн тенге.

При обысках изъяты телефоны, сим-карты и банковские карты.

Полиция напоминает, что банки никогда не просят клиентов переводить деньги на другие счета.

Задержанные помещены в изолятор временного содержания, решается вопрос об их аресте. По данным полиции, группа действовала больше года.
`,
  ),
  written(
    'o-baikonur-launch',
    'en',
    'Soyuz rocket launches crew to space station from Baikonur',
    `
BAIKONUR, Kazakhstan – A Soyuz rocket carrying two Russian cosmonauts and a NASA astronaut blasted off from the Baikonur cosmodrome in Kazakhstan on Nov. 27 and docked with the International Space Station hours later.

The crew will spend about eight months aboard the station, conducting scientific experiments.

Baikonur, leased by Russia from Kazakhstan until 2050, remains the launch site for all crewed Russian missions.

Kazakhstan and Russia are building a new launch complex at Baikonur for the Soyuz-5 rocket.

The launch took place in clear, cold weather, and the rocket reached orbit about nine minutes after lift-off.
`,
  ),
  written(
    'o-almaty-earthquake-drill',
    'ru',
    'В Алматы прошли учения на случай землетрясения',
    `
В Алматы прошли масштабные учения по действиям при сильном землетрясении, в которых приняли участие более 100 тысяч человек, сообщили в департаменте по чрезвычайным ситуациям города.

В школах, вузах, больницах и торговых центрах отработали эвакуацию людей. Спасатели провели учения по поиску пострадавших под завалами.

Алматы расположен в зоне высокой сейсмической активности. Последнее сильное землетрясение, ощутимое в городе, произошло в январе 2024 года.

Власти призывают жителей знать порядок действий при землетрясении и иметь тревожный чемоданчик.

Учения проводятся в городе дважды в год. В этот раз впервые была задействована система оповещения через мобильные телефоны, которая разослала жителям сообщение о начале тренировки.
`,
  ),
  written(
    'o-kurgan-flood',
    'en',
    "Tobol river floods villages in Russia's Kurgan region",
    `
KURGAN, Russia, April 16 (Reuters) - Flood waters from the Tobol river inundated several villages in Russia's Kurgan region on Wednesday, forcing hundreds of residents to leave their homes, local authorities said.

The Tobol, which rises in Kazakhstan's Kostanay region and flows north into Russia, was swollen by rapid snowmelt after a snowy winter. The regional governor declared a state of emergency in three districts.

Rescue workers evacuated about 600 people and moved livestock to higher ground. Water levels are expected to peak at the end of the week.

In 2024 the region experienced its worst floods in decades, when water from Kazakhstan poured across the border after dams failed.
`,
  ),
  written(
    'o-tashkent-marathon',
    'en',
    'Kenyan runner wins Tashkent International Marathon',
    `
TASHKENT – A Kenyan runner won the Tashkent International Marathon on Sunday, crossing the line in 2:11:05 on a cool, windy morning in the Uzbek capital.

An Ethiopian athlete won the women's race in 2:29:40. Uzbek runners took the top places in the half marathon.

Organisers said more than 15,000 people took part across all distances, including runners from Kazakhstan, Kyrgyzstan and Russia.

Mass running events have grown quickly across Central Asia in recent years, with marathons now held in Almaty, Astana, Bishkek and Samarkand.
`,
  ),
  written(
    'o-hpv-en',
    'en',
    'Kazakhstan adds HPV vaccine to national schedule for girls',
    `
ASTANA – Kazakhstan has begun vaccinating 11-year-old girls against the human papillomavirus, which causes most cases of cervical cancer, the health ministry said.

The vaccine is free and given at school clinics with parents' consent. Officials hope to reach at least 70% of eligible girls in the first year.

Cervical cancer is one of the most common cancers among women in Kazakhstan. A previous attempt to introduce the vaccine in 2013 was halted after rumours about side effects spread on social media.

Doctors say the vaccine is safe and has been used in more than 130 countries. The ministry has prepared information materials for parents and teachers.
`,
  ),
  written(
    'o-shymkent-stadium',
    'en',
    'Shymkent to build new football stadium for 30,000 fans',
    `
SHYMKENT, Kazakhstan – The southern city of Shymkent will build a new 30,000-seat football stadium to meet UEFA standards, the city administration said.

Construction is due to begin next spring and finish in 2028. The stadium will be home to local club Ordabasy and could host international matches.

Shymkent, Kazakhstan's third-largest city with more than 1.2 million people, has grown rapidly in the past decade.

The city is also building new schools, hospitals and roads, and plans to launch a light rail line.
`,
  ),
];
