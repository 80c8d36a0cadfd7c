import { reprint, type Story, written } from './types.ts';

/** Stories of trade, energy, transport and money. */
export const STORIES_ECONOMY: Story[] = [
  {
    id: 'wheat-exports-china',
    summary:
      'January 2026: Kazakh wheat exports to China more than double in the first months of the 2025/26 marketing year.',
    articles: [
      written(
        'wheat-en-wire',
        'en',
        'Kazakh wheat exports to China more than double as Beijing buys Central Asian grain',
        `
ASTANA, Jan 20 (Reuters) - Kazakhstan's wheat exports to China more than doubled in the first five months of the 2025/26 marketing year, agriculture ministry data showed on Tuesday, as Chinese buyers took advantage of a big Kazakh harvest and lower prices.

Kazakhstan shipped 1.4 million tonnes of wheat to China between September and January, up from 620,000 tonnes a year earlier. China has become the second-largest buyer of Kazakh wheat after Uzbekistan, overtaking Afghanistan and Tajikistan.

Total grain exports over the period reached 5.8 million tonnes, the ministry said.

Most of the wheat travels by rail through the Dostyk and Altynkol border crossings, where new grain terminals opened last year. Traders said Chinese flour mills were seeking high-protein spring wheat from northern Kazakhstan to blend with domestic grain.

"Prices are competitive and the quality this year is good. The limiting factor is rail capacity and wagons at the border," said a grain trader in Kostanay.

Kazakhstan harvested about 27 million tonnes of grain in 2025 in clean weight, its largest crop in more than a decade, leaving a large surplus for export.
`,
      ),
      reprint(
        'wheat-en-reprint',
        'wheat-en-wire',
        'Kazakhstan wheat shipments to China more than double – ministry data',
        [0, 1, 2, 3, 5],
      ),
      written(
        'wheat-ru-minagri',
        'ru',
        'Экспорт казахстанской пшеницы в Китай вырос более чем в два раза',
        `
АСТАНА, 20 января. /Kazinform/ – С начала 2025/2026 маркетингового года Казахстан экспортировал в Китайскую Народную Республику 1,4 млн тонн пшеницы, что в 2,3 раза больше, чем за аналогичный период прошлого сезона, сообщили в Министерстве сельского хозяйства РК.

Всего за пять месяцев за рубеж отгружено 5,8 млн тонн зерна. Основными покупателями казахстанской пшеницы остаются Узбекистан, Китай, Таджикистан и Афганистан.

По словам министра сельского хозяйства Айдарбека Сапарова, рост поставок на китайский рынок стал возможен благодаря высокому урожаю и открытию новых зерновых терминалов на границе.

– Мы расширили перечень предприятий, которым разрешен экспорт зерна в Китай, и совместно с китайскими коллегами упростили фитосанитарные процедуры. Сегодня поставки идут не только по железной дороге, но и в контейнерах, – отметил министр.

В министерстве добавили, что в текущем сезоне экспортный потенциал страны оценивается в 12 млн тонн зерна с учетом муки в пересчете на зерно.
`,
      ),
      written(
        'wheat-ru-feature',
        'ru',
        'Зерно на восток: почему Китай стал покупать больше казахстанской пшеницы',
        `
Еще пять лет назад китайский рынок для казахстанских аграриев был скорее мечтой, чем реальностью: поставки пшеницы в КНР измерялись сотнями тысяч тонн, а на каждую партию уходили недели согласований. В этом сезоне картина другая: за первые пять месяцев в Китай ушло 1,4 млн тонн, вдвое больше, чем годом ранее.

Причин несколько. Урожай 2025 года оказался рекордным за последние десять с лишним лет, и цены на внутреннем рынке упали. Китайские мельницы, которым нужна сильная яровая пшеница для смешивания с местным зерном, воспользовались моментом.

Помогла и логистика. На станциях Достык и Алтынколь заработали новые терминалы, а часть зерна теперь отправляется в контейнерах, которые раньше возвращались из Казахстана в Китай пустыми.

Узкие места остаются. Фермеры из Костанайской и Северо-Казахстанской областей жалуются на нехватку вагонов-зерновозов, а экспортеры – на то, что список допущенных к поставкам в Китай элеваторов обновляется медленно.

«Китай – это огромный рынок, но он требует стабильного качества. Один некачественный вагон, и ты выпадаешь из списка», – говорит директор зерновой компании из Костаная.
`,
      ),
    ],
  },
  {
    id: 'oil-tengiz-kashagan',
    summary:
      "January 2026: Kazakhstan's 2025 oil output reaches a record, driven by the Tengiz expansion and Kashagan.",
    articles: [
      written(
        'oil-en-wire',
        'en',
        "Kazakhstan's oil output hits record as Tengiz expansion ramps up",
        `
ASTANA, Jan 9 (Reuters) - Kazakhstan produced a record 96.6 million tonnes of oil and gas condensate in 2025, the energy ministry said on Friday, as the expansion of the giant Tengiz field pushed output well above the country's OPEC+ quota.

Tengiz, operated by Chevron-led Tengizchevroil, produced 36.2 million tonnes last year, up about a quarter after the $48 billion Future Growth Project reached full capacity in the middle of the year.

Kashagan, the offshore field in the Caspian Sea run by the North Caspian Operating Company, pumped 19.1 million tonnes, while Karachaganak produced about 11 million tonnes of condensate.

The increase has put Kazakhstan at odds with OPEC+, which has repeatedly urged Astana to compensate for producing above its target. Energy Minister Yerlan Akkenzhenov has said the government cannot order foreign-led consortia to cut output.

The ministry expects production to stay at about the same level in 2026. Most Kazakh crude is exported through the Caspian Pipeline Consortium to the Black Sea.
`,
      ),
      written(
        'oil-ru-interfax',
        'ru',
        'Добыча нефти в Казахстане в 2025 году достигла исторического максимума',
        `
Астана. 9 января. ИНТЕРФАКС-КАЗАХСТАН – Добыча нефти и газового конденсата в Казахстане по итогам 2025 года составила 96,6 млн тонн, что является рекордом за всю историю независимости, сообщили в Министерстве энергетики РК.

Рост обеспечен прежде всего месторождением Тенгиз, где в 2025 году после запуска Проекта будущего расширения добыто 36,2 млн тонн нефти. На Кашагане добыча составила 19,1 млн тонн, на Карачаганаке – около 11 млн тонн конденсата.

Экспорт нефти за год превысил 74 млн тонн. Основной объем поставлялся по системе Каспийского трубопроводного консорциума, а также по нефтепроводу Атырау – Самара и в Китай.

В Минэнерго добавили, что план на 2026 год составляет 96 млн тонн. При этом Казахстан продолжит консультации с ОПЕК+ относительно графика компенсации превышения квоты.
`,
      ),
      written(
        'oil-ru-feature',
        'ru',
        'Тенгиз и Кашаган: за счет чего Казахстан поставил рекорд по нефти',
        `
Рекорд по добыче нефти, которым отчитался Минэнерго, – это прежде всего заслуга Тенгиза. Проект будущего расширения (ПБР) стоимостью почти 50 млрд долларов, на который «Тенгизшевройл» потратил почти десять лет, наконец вышел на проектную мощность. В результате добыча на месторождении выросла примерно на четверть, до 36 млн тонн в год.

Кашаган, который долгие годы был символом задержек и перерасхода средств, работает стабильно: 19 млн тонн в прошлом году. Консорциум NCOC обсуждает с правительством следующий этап освоения, но окончательного решения пока нет.

Для бюджета рекордная добыча – хорошая новость, однако цены на нефть в 2025 году снизились, и доходы выросли меньше, чем объемы.

Есть и дипломатическая сторона. В ОПЕК+ Казахстану регулярно указывают на превышение квоты. Власти отвечают, что на крупнейших месторождениях работают иностранные операторы, а соглашения о разделе продукции не позволяют государству просто «закрутить кран».
`,
      ),
      written(
        'oil-en-feature',
        'en',
        "Tengiz and Kashagan drive Kazakhstan's crude production record, but the OPEC+ quarrel looms",
        `
ASTANA – Kazakhstan's oil sector ended 2025 with a record, and almost all of the growth came from one place: Tengiz.

The onshore field in Atyrau region, where Chevron and ExxonMobil are partners with state-owned KazMunayGas, finished its long-delayed expansion last year. Output at Tengiz rose to about 36 million tonnes, while the offshore Kashagan field added a steady 19 million.

Together the two giants now account for well over half of the country's crude production, which reached 96.6 million tonnes including condensate.

The boom has an awkward side. Under the OPEC+ agreement Kazakhstan's target is about 1.5 million barrels per day, but it has pumped closer to 1.8 million. Other members have lost patience with repeated promises to compensate.

Analysts expect production to plateau in 2026 unless Kashagan's partners approve a new development phase.
`,
      ),
    ],
  },
  {
    id: 'dostyk-moyynty-railway',
    summary:
      'June 2025: second track on the Dostyk–Moyynty railway opened, raising capacity towards the Chinese border.',
    articles: [
      written(
        'dostyk-ru-ktz',
        'ru',
        'Открыто движение по вторым путям на участке Достык – Мойынты',
        `
27 июня на станции Актогай состоялась торжественная церемония открытия движения по вторым путям на участке Достык – Мойынты, сообщает пресс-служба АО «НК «Қазақстан темір жолы».

Протяженность новой линии составляет 836 километров. Она проходит по территории Абайской, Жетысуской и Карагандинской областей. Строительство велось с 2022 года, в нем было задействовано более 7 тысяч работников и 1,5 тысячи единиц техники.

Благодаря вторым путям пропускная способность участка увеличится в пять раз – с 12 до 60 пар поездов в сутки, а скорость движения грузовых составов вырастет до 80 км/ч. Участок является частью главного транзитного направления Китай – Казахстан – Европа.

В церемонии принял участие Премьер-министр Олжас Бектенов. Он отметил, что проект является одним из крупнейших в истории железнодорожной отрасли независимого Казахстана.

В КТЖ добавили, что в 2025–2026 годах продолжится строительство линий Бахты – Аягоз и Дарбаза – Мактаарал.
`,
      ),
      written(
        'dostyk-ru-kazinform',
        'ru',
        'Пропускная способность железной дороги к границе с Китаем выросла в пять раз',
        `
АКТОГАЙ, 27 июня. /Kazinform/ – На железнодорожном участке Достык – Мойынты официально запущено движение по вторым путям. Первый грузовой состав по новой линии отправился со станции Актогай после церемонии с участием Олжаса Бектенова.

Премьер-министр назвал проект «стратегическим для всей транзитной системы страны». По его словам, до запуска вторых путей на участке образовывались пробки из поездов, а грузы на границе с Китаем ожидали отправки по несколько суток.

Новая линия длиной 836 км построена за три года. В ходе строительства возведено 22 новых разъезда, 240 мостов и свыше 500 водопропускных труб.

По расчетам КТЖ, благодаря вторым путям объем перевозок на направлении Достык – Мойынты к 2030 году может вырасти до 35 млн тонн в год.
`,
      ),
      written(
        'dostyk-en-astanatimes',
        'en',
        'Kazakhstan opens second track on Dostyk–Moyynty railway, boosting capacity to China border fivefold',
        `
AKTOGAY – Kazakhstan on June 27 launched traffic on the second track of the Dostyk–Moyynty railway, an 836-kilometer line that carries most of the freight between China and Europe crossing the country.

The new track raises the line's capacity from 12 to 60 pairs of trains a day and allows freight trains to travel at up to 80 kilometers per hour, national railway company Kazakhstan Temir Zholy (KTZ) said.

Prime Minister Olzhas Bektenov, who attended the ceremony at Aktogay station, said the project would ease bottlenecks at the Dostyk border crossing, where trains had been waiting for days.

Construction started in 2022. More than 7,000 workers built 22 new sidings and 240 bridges through the steppe of Abai, Zhetysu and Karaganda regions.

Freight traffic between China and Kazakhstan has grown rapidly since 2022 as shippers look for routes to Europe that avoid Russia. KTZ is also building the Bakhty–Ayagoz line to a third crossing on the Chinese border.
`,
      ),
      written(
        'dostyk-kk',
        'kk',
        'Достық – Мойынты учаскесінде екінші жолдар бойынша қозғалыс ашылды',
        `
АҚТОҒАЙ. ҚазАқпарат – Ақтоғай станциясында Достық – Мойынты учаскесіндегі екінші темір жол бойынша қозғалысты ашу рәсімі өтті. Шараға Премьер-министр Олжас Бектенов қатысты.

Жаңа желінің ұзындығы 836 шақырым. Ол Абай, Жетісу және Қарағанды облыстарының аумағы арқылы өтеді. Құрылыс 2022 жылы басталған.

«Қазақстан темір жолы» ҰК АҚ мәліметінше, екінші жолдардың арқасында учаскенің өткізу қабілеті бес есе артады: тәулігіне 12 жұп пойыздан 60 жұп пойызға дейін. Жүк пойыздарының жылдамдығы сағатына 80 шақырымға жетеді.

Олжас Бектенов бұл жоба тәуелсіз Қазақстанның темір жол саласындағы ең ірі жобалардың бірі екенін атап өтті. Учаске Қытай – Қазақстан – Еуропа транзиттік бағытының маңызды бөлігі болып саналады.
`,
      ),
    ],
  },
  {
    id: 'tenge-record-low',
    summary:
      'Mid-January 2026: the tenge falls to a record low against the US dollar as oil prices drop; the National Bank comments.',
    articles: [
      written(
        'tenge-ru-kursiv',
        'ru',
        'Тенге обновил исторический минимум: доллар подорожал до 541 тенге',
        `
Курс тенге по итогам торгов на Казахстанской фондовой бирже в четверг, 15 января, опустился до 541,2 тенге за доллар США. Это самое низкое значение за всю историю национальной валюты. С начала года тенге ослаб почти на 4%.

Объем торгов в паре доллар/тенге составил около 190 млн долларов, что выше среднего уровня. Аналитики связывают ослабление с падением нефтяных цен: баррель Brent на этой неделе опускался ниже 60 долларов.

Давление на курс оказывает и сезонный фактор: в начале года импортеры активно покупают валюту, а продажи валюты из Национального фонда для трансфертов в бюджет сократились.

В обменных пунктах Алматы и Астаны доллар в четверг продавали по 545–548 тенге, евро – по 630–635 тенге.

Эксперты не исключают, что в ближайшие недели курс может колебаться в диапазоне 535–550 тенге за доллар.
`,
      ),
      written(
        'tenge-ru-nbk',
        'ru',
        'Нацбанк: ослабление тенге носит временный характер',
        `
Алматы. 16 января. ИНТЕРФАКС-КАЗАХСТАН – Национальный банк Казахстана считает ослабление тенге, наблюдаемое с начала года, временным и связанным с внешними факторами, заявил председатель Нацбанка Тимур Сулейменов.

«Курс тенге остается плавающим, он определяется спросом и предложением. Мы видим падение цен на нефть и рост спроса со стороны импортеров в начале года. Фундаментальных причин для длительной девальвации нет», – сказал Сулейменов журналистам в пятницу.

По его словам, регулятор готов проводить валютные интервенции в случае дестабилизирующих колебаний, однако пока такой необходимости нет.

Накануне курс национальной валюты опустился до рекордных 541 тенге за доллар. В пятницу тенге немного укрепился и завершил торги на уровне 538,6 тенге.

Председатель Нацбанка также напомнил, что следующее решение по базовой ставке, которая сейчас составляет 18%, будет принято в конце января.
`,
      ),
      written(
        'tenge-en-wire',
        'en',
        'Kazakh tenge slides to record low as oil prices slump',
        `
ALMATY, Jan 15 (Reuters) - Kazakhstan's tenge fell to a record low against the U.S. dollar on Thursday, weighed down by lower oil prices and seasonal demand for foreign currency from importers.

The Kazakh currency weakened as far as 541.2 per dollar on the Kazakhstan Stock Exchange, taking its losses since the start of the year to almost 4%.

Oil and gas account for more than half of Kazakhstan's exports, and the tenge tends to follow crude prices. Brent dipped below $60 a barrel this week.

The central bank, which moved to a free float in 2015, has not intervened in the market this year. It kept its base rate at 18% in December to tame inflation, which ended 2025 at about 12%.

"The weakening is in line with oil, but there are also worries about inflation and the budget deficit," said an analyst at an Almaty brokerage. "We expect the tenge to stay under pressure in the first quarter."
`,
      ),
    ],
  },
  {
    id: 'npp-ulken',
    summary:
      "August 2025: engineering surveys begin at Ulken, site of Kazakhstan's first nuclear power plant, to be built by a Rosatom-led consortium after the 2024 referendum.",
    articles: [
      written(
        'npp-ru-kazinform',
        'ru',
        'На площадке будущей АЭС у поселка Улкен начались инженерные изыскания',
        `
АЛМАТИНСКАЯ ОБЛАСТЬ, 12 августа. /Kazinform/ – На площадке первой в Казахстане атомной электростанции вблизи поселка Улкен Жамбылского района начались инженерно-изыскательские работы, сообщили в Агентстве по атомной энергии РК.

Работы ведут специалисты госкорпорации «Росатом», которая в июне была определена лидером международного консорциума по сооружению станции. В ходе изысканий будут пробурены десятки скважин, изучены сейсмичность, гидрогеология и состояние озера Балхаш.

Проект предусматривает строительство двух энергоблоков с реакторами ВВЭР-1200 общей мощностью 2,4 ГВт.

– Изыскания продлятся около двух лет. Их результаты лягут в основу проекта и обоснования безопасности станции, – сообщил председатель агентства Алмасадам Саткалиев.

Решение о строительстве АЭС было поддержано на республиканском референдуме 6 октября 2024 года: за проголосовали 71,12% участников.
`,
      ),
      written(
        'npp-en-wnn',
        'en',
        "Site surveys begin for Kazakhstan's first nuclear power plant",
        `
Engineering surveys have begun at the site of Kazakhstan's first nuclear power plant near the village of Ulken on the shore of Lake Balkhash, the country's Atomic Energy Agency announced.

Russia's state nuclear corporation Rosatom was selected in June to lead the international consortium that will build the plant, which is to have two VVER-1200 units with a combined capacity of about 2.4 GW. China National Nuclear Corporation has been named to lead a second nuclear project in the country.

The surveys, expected to take about two years, will assess seismic conditions, groundwater and the water supply needed for cooling. Their results will be used in the design and the safety case submitted to the regulator.

Kazakhstan, the world's largest producer of uranium, has no operating nuclear power plant since the BN-350 fast reactor at Aktau was shut down in 1999. Voters backed the construction of a new plant in a national referendum in October 2024, with 71% in favour.

The government hopes the first unit will start operating in the mid-2030s.
`,
      ),
      written(
        'npp-ru-feature',
        'ru',
        'Улькен ждет атом: как живет поселок, рядом с которым построят АЭС',
        `
В Улькене, поселке на берегу Балхаша с населением около двух тысяч человек, об атомной станции говорят все. С августа на площадке в нескольких километрах от поселка работают буровые установки, а в местной гостинице не найти свободного номера.

Год назад, во время референдума об атомной электростанции, многие жители голосовали «за» с надеждой на работу. «У нас молодежь уезжает, потому что работы нет. Если будет станция, будут и рабочие места», – говорит местный предприниматель Ержан.

Есть и тревоги. Рыбаки опасаются, что станция повлияет на уровень и температуру воды в Балхаше, который и без того мелеет. Экологи требуют публиковать результаты изысканий в открытом доступе.

В Агентстве по атомной энергии обещают, что общественные слушания пройдут до начала строительства, а сброс теплой воды в озеро исключен проектом.

Строить станцию будет консорциум во главе с «Росатомом». Первый энергоблок планируется ввести в эксплуатацию в середине 2030-х годов.
`,
      ),
    ],
  },
  {
    id: 'air-astana-london',
    summary:
      'January 2026: Air Astana announces direct Astana–London Heathrow flights from 29 March 2026.',
    articles: [
      written(
        'airastana-en',
        'en',
        'Air Astana to resume direct flights between Astana and London from March',
        `
ASTANA – Air Astana will resume direct flights between Astana and London Heathrow on March 29, the Kazakh flag carrier said on Thursday, restoring a link suspended during the pandemic.

The airline will operate three return flights a week with Boeing 787-9 Dreamliners, offering business and economy class. Flights will leave Astana on Tuesdays, Thursdays and Saturdays, with a flight time of about seven hours.

"London is one of the most requested destinations among our passengers, both business travellers and students," Air Astana chief executive Peter Foster said. "The return of the direct route will also support growing trade and investment ties between Kazakhstan and the United Kingdom."

Until now travellers between the two capitals have had to change planes in Istanbul, Frankfurt or Dubai.

Tickets are already on sale, with introductory one-way fares in economy from about 180,000 tenge. Air Astana, which listed its shares in London, Astana and Almaty in 2024, currently flies to Amsterdam, Frankfurt, Paris and several other European cities.
`,
      ),
      written(
        'airastana-ru',
        'ru',
        'Air Astana возобновит прямые рейсы из Астаны в Лондон',
        `
Авиакомпания Air Astana с 29 марта возобновляет прямые рейсы по маршруту Астана – Лондон (аэропорт Хитроу), сообщает пресс-служба перевозчика.

Полеты будут выполняться три раза в неделю – по вторникам, четвергам и субботам – на самолетах Boeing 787 Dreamliner. Время в пути составит около семи часов.

Прямое авиасообщение между столицами Казахстана и Великобритании было прервано в 2020 году из-за пандемии. С тех пор пассажирам приходилось лететь с пересадкой через Стамбул, Франкфурт или Дубай.

В авиакомпании отмечают, что рейс будет востребован у студентов, обучающихся в британских вузах, и у деловых путешественников. Стоимость билета в одну сторону в эконом-классе начинается примерно со 180 тысяч тенге.

Ранее в Министерстве транспорта сообщали, что Казахстан и Великобритания договорились увеличить число разрешенных частот полетов между странами.
`,
      ),
    ],
  },
  {
    id: 'mangystau-water',
    summary:
      'July 2025: drinking water rationed in Aktau; the government approves a desalination plant for Mangystau region.',
    articles: [
      written(
        'water-ru',
        'ru',
        'В Актау ввели график подачи воды: дефицит питьевой воды в Мангистау',
        `
АКТАУ, 14 июля. /КазТАГ/ – В ряде микрорайонов Актау с понедельника введен график подачи питьевой воды. Жители получают воду по шесть часов утром и вечером, сообщили в акимате Мангистауской области.

Причиной стали аварии на водоводе Астрахань – Мангышлак и рост потребления во время жары. Дефицит питьевой воды в регионе, по оценке акимата, достигает 40 тысяч кубометров в сутки.

Для жителей многоэтажных домов на верхних этажах организован подвоз воды автоцистернами. Власти призвали население экономить воду и отказаться от полива газонов.

Правительство ранее одобрило строительство опреснительного завода в районе Кендерли мощностью 50 тысяч кубометров в сутки. Ввод первой очереди ожидается в 2027 году. Кроме того, до конца года завершится реконструкция опреснительной установки МАЭК в Актау.
`,
      ),
      written(
        'water-en',
        'en',
        'Caspian port city Aktau rations water as Kazakhstan bets on desalination',
        `
AKTAU, Kazakhstan – Residents of Aktau, Kazakhstan's only major port on the Caspian Sea, are queuing at water trucks this week after the city began rationing tap water in several districts amid a summer heat spell.

The Mangystau region, a desert area that supplies much of Kazakhstan's oil, has no rivers of its own. It depends on a Soviet-era pipeline from the Volga delta and on desalination units built decades ago, and officials say the shortfall reaches 40,000 cubic meters a day at peak demand.

The government has approved a new desalination plant near the coastal village of Kenderli, designed to produce 50,000 cubic meters of drinking water a day, with the first stage due in 2027.

"Every summer it is the same story. We store water in bottles and buckets," said Aigul, a teacher living on the ninth floor of an apartment block in the city's 27th district.

Regional officials blamed breakdowns on the main water pipeline and rising consumption as the population of the region has grown by nearly a third in a decade.
`,
      ),
    ],
  },
];
