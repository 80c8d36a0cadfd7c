import { reprint, type Story, seed, written } from './types.ts';

/** Stories of visits, talks and public politics. */
export const STORIES_DIPLOMACY: Story[] = [
  {
    id: 'london-visit',
    summary:
      'Foreign Minister Yermek Kosherbayev in London, 25–26 February 2026: the APPG on Central Asia, talks with Yvette Cooper and Chris Bryant, the first Central Asia–UK ministerial meeting.',
    articles: [
      seed('london-seed-000', 'seed-000', 'ru', '000_3c279b70b705da45.txt'),
      seed('london-seed-001', 'seed-001', 'en', '001_a691a01f7ef01d8f.txt'),
      seed('london-seed-002', 'seed-002', 'en', '002_5054336fffde1a54.txt'),
      seed('london-seed-003', 'seed-003', 'ru', '003_6fd011106239a770.txt'),
      seed('london-seed-004', 'seed-004', 'ru', '004_a2073437ed539350.txt'),
      written(
        'london-en-wire',
        'en',
        'UK hosts first Central Asia ministerial, signs minerals roadmap with Kazakhstan',
        `
LONDON, Feb 26 (Reuters) - Britain hosted foreign ministers from the five Central Asian states in London on Thursday for the first meeting of its kind, as it seeks a bigger role in the region's critical minerals and in trade routes that bypass Russia.

Foreign Secretary Yvette Cooper told the ministers that the global situation was changing fast, bringing risks for all of their economies "but also opportunities, if we act together". Growth, resilience, connectivity and security topped the agenda, she said.

On the sidelines Cooper held separate talks with Kazakh Foreign Minister Yermek Kosherbayev. The two agreed on further steps to expand trade and investment, the British embassy in Astana said in a statement.

A roadmap on critical minerals running to 2028 was signed on the eve of the meeting. Under a separate industrial deal, Britain's Maritime House and Kazakh state-owned Zhezkazganredmet plan a joint plant to process rhenium, a metal used in jet engines, which the partners say could eventually handle up to a quarter of the world's refined output.

Kazakhstan, the region's largest economy, already produces 22 of the 36 minerals on Britain's critical list, Kazakh officials said, and bilateral trade jumped 84% last year to $1.6 billion.

Kosherbayev, who met members of a cross-party parliamentary group on Central Asia on Wednesday, also met business and trade minister Chris Bryant and took part in the opening of trading at the London Stock Exchange during the two-day visit.
`,
      ),
      written(
        'london-en-cooper',
        'en',
        'Kazakh Foreign Minister holds talks with UK Foreign Secretary Yvette Cooper',
        `
London, 26 February 2026 – As part of his visit to the United Kingdom, Minister of Foreign Affairs of the Republic of Kazakhstan Yermek Kosherbayev held talks with the Secretary of State for Foreign, Commonwealth and Development Affairs, Yvette Cooper.

Minister Kosherbayev thanked the British Government for initiating the first ministerial meeting in the Central Asia – United Kingdom format, describing it as timely and focused on practical results.

The parties reviewed the state of Kazakh-British relations and discussed ways to broaden cooperation in trade and investment, critical minerals, transport and logistics, finance, digitalisation, education and climate.

"This year our countries mark 34 years of diplomatic relations. Over this period Astana and London have built an active political dialogue, expanded trade and investment and strengthened people-to-people ties. The United Kingdom remains one of Kazakhstan's key partners in Europe," the Kazakh minister said.

The interlocutors underlined the importance of the Strategic Partnership and Cooperation Agreement signed in 2024, noting that its ratification would open new opportunities. Particular attention was paid to the critical minerals roadmap, which gives cooperation in exploration, processing and new technologies an applied character.

Secretary Cooper and Minister Kosherbayev also discussed the Trans-Caspian International Transport Route and academic cooperation, including the branches of De Montfort, Heriot-Watt, Coventry and Cardiff universities now operating in Kazakhstan.

At the end of the meeting both sides confirmed their commitment to deepening the strategic partnership.
`,
      ),
      written(
        'london-kk',
        'kk',
        'Ермек Көшербаев Лондонда Иветт Купермен келіссөз жүргізді',
        `
ЛОНДОН. ҚазАқпарат – Қазақстан Республикасының Сыртқы істер министрі Ермек Көшербаев Ұлыбританияға сапары аясында Ұлыбританияның Сыртқы істер министрі Иветт Купермен кездесті. Бұл туралы ҚР СІМ баспасөз қызметі хабарлады.

Тараптар қазақ-британ қатынастарының қазіргі жай-күйі мен болашағын талқылап, сауда мен инвестиция, сыни маңызды минералдар, көлік пен логистика, қаржы және білім беру салаларындағы ынтымақтастықты кеңейту мәселелерін қарастырды.

Ермек Көшербаев британ үкіметіне «Орталық Азия – Ұлыбритания» форматындағы алғашқы министрлік кездесуді өткізу бастамасы үшін алғыс айтты. Министрдің сөзінше, Ұлыбритания Қазақстанның Еуропадағы негізгі серіктестерінің бірі болып қала береді.

Кездесуде 2024 жылы қол қойылған Стратегиялық әріптестік және ынтымақтастық туралы келісімнің маңызы атап өтілді. Сондай-ақ Транскаспий халықаралық көлік бағыты мен британ университеттерінің Қазақстандағы филиалдарының жұмысы сөз болды.
`,
      ),
    ],
  },
  {
    id: 'tokayev-xi-beijing',
    summary:
      'State visit of President Tokayev to China, 13–14 November 2025: talks with Xi Jinping in Beijing, agreements on transport, energy and agriculture.',
    articles: [
      written(
        'xi-ru-akorda',
        'ru',
        'Глава государства провел переговоры с Председателем КНР Си Цзиньпином',
        `
Президент Казахстана Касым-Жомарт Токаев, находящийся с государственным визитом в Китайской Народной Республике, провел в Пекине переговоры с Председателем КНР Си Цзиньпином, сообщает пресс-служба Акорды.

Церемония официальной встречи состоялась в Доме народных собраний. Переговоры прошли сначала в узком, а затем в расширенном составе с участием членов делегаций.

Касым-Жомарт Токаев поблагодарил китайского лидера за теплый прием и отметил, что отношения двух стран находятся на беспрецедентно высоком уровне.

– Китай является нашим вечным всеобъемлющим стратегическим партнером и крупнейшим торговым партнером. В прошлом году товарооборот между нашими странами превысил 43 миллиарда долларов. Уверен, что вместе мы сможем довести его до 50 миллиардов, – сказал Глава государства.

Особое внимание стороны уделили транспортно-логистическому сотрудничеству, в том числе строительству третьего железнодорожного пункта пропуска на казахстанско-китайской границе, а также увеличению поставок казахстанской сельскохозяйственной продукции на китайский рынок.

Си Цзиньпин, в свою очередь, подчеркнул, что Пекин готов вместе с Астаной наращивать взаимодействие в энергетике, добыче и переработке критически важных минералов, а также в сфере искусственного интеллекта.

По итогам переговоров подписано более двадцати документов. Президент Казахстана пригласил Председателя КНР посетить Казахстан в 2026 году. Приглашение было принято с благодарностью.
`,
      ),
      written(
        'xi-en-wire',
        'en',
        "China's Xi, Kazakh leader Tokayev pledge closer energy and transport ties",
        `
BEIJING, Nov 14 (Reuters) - Chinese President Xi Jinping and Kazakh President Kassym-Jomart Tokayev agreed on Friday to expand cooperation in energy, transport and critical minerals, as Beijing deepens its economic footprint in resource-rich Central Asia.

The two leaders met at the Great Hall of the People during Tokayev's state visit, the first by a Central Asian head of state since the summer. Officials signed more than 20 agreements, including on a new railway border crossing and on larger exports of Kazakh farm produce to China.

Xi told Tokayev that China was ready to "align development strategies" and to support Kazakhstan in building a transit hub between Asia and Europe, state news agency Xinhua reported.

China is Kazakhstan's largest trading partner, with turnover of more than $43 billion last year, according to Kazakh data. Tokayev said both sides aimed to lift that figure to $50 billion.

Chinese companies already hold stakes in Kazakh oil fields and pipelines, and Astana has been courting Chinese investment in processing plants so that it exports less raw ore.

"Kazakhstan is trying to balance Moscow, Beijing and the West, and economically China is the biggest card on the table," said an Almaty-based political analyst who asked not to be named.

Tokayev invited Xi to visit Kazakhstan next year.
`,
      ),
      written(
        'xi-ru-kazinform',
        'ru',
        'Токаев и Си Цзиньпин договорились нарастить товарооборот до 50 млрд долларов',
        `
ПЕКИН, 14 ноября. /Kazinform/ – Председатель Китайской Народной Республики Си Цзиньпин встретил Президента Казахстана Касым-Жомарта Токаева на торжественной церемонии у Дома народных собраний, передает корреспондент агентства.

Встреча лидеров двух стран длилась более трех часов. По словам источника в казахстанской делегации, с Токаевым обсуждались вопросы торговли, транзита грузов, водных ресурсов трансграничных рек и энергетики.

Си Цзиньпин назвал Казахстан «добрым соседом и надежным другом» и заявил, что Китай поддерживает курс казахстанского руководства на реформы.

В ходе переговоров Касым-Жомарт Токаев предложил расширить число рейсов между городами двух стран и увеличить квоты на поставки казахстанского зерна, мяса и масличных культур.

Стороны подписали соглашения о строительстве третьего железнодорожного погранперехода, о сотрудничестве в области возобновляемой энергетики и о совместном центре по переработке редкоземельных металлов.

Государственный визит Токаева в Китай продолжится в Сиане, где запланирована встреча с руководством провинции Шэньси и представителями деловых кругов.
`,
      ),
      written(
        'xi-en-feature',
        'en',
        "Tokayev's Beijing visit: what the new China deals mean for Kazakhstan",
        `
ASTANA – Kassym-Jomart Tokayev returned from his state visit to China with a thick folder of agreements and a clear message: Kazakhstan wants Chinese capital, but on its own terms.

The centrepiece of the trip was the meeting with President Xi Jinping in Beijing on Nov. 14. The two leaders discussed a third railway crossing on their shared border, more flights between the two countries and more Kazakh wheat, beef and sunflower oil on Chinese shelves.

For Astana, the visit is also about processing. "We are no longer interested in simply shipping raw materials," Tokayev told Chinese business leaders, according to the Akorda press service. Several of the signed deals concern plants for rare earths and fertilisers to be built in Kazakhstan.

Economists caution that dependence on one buyer brings risks. China already takes almost a fifth of Kazakhstan's exports, and much of the transit trade across the steppe begins or ends at Chinese ports.

Still, the tone of the Beijing talks was warm. Xi called Kazakhstan a "good neighbour", and both leaders spoke of raising trade to $50 billion. Tokayev invited the Chinese president to Kazakhstan in 2026, an invitation Beijing accepted.
`,
      ),
      written(
        'xi-kk',
        'kk',
        'Қасым-Жомарт Тоқаев пен Си Цзиньпин Бейжіңде келіссөз жүргізді',
        `
БЕЙЖІҢ. ҚазАқпарат – Қытай Халық Республикасына мемлекеттік сапармен барған Қазақстан Президенті Қасым-Жомарт Тоқаев ҚХР Төрағасы Си Цзиньпинмен келіссөз жүргізді. Бұл туралы Ақорда баспасөз қызметі хабарлады.

Ресми қарсы алу рәсімі Халық жиналысы үйінде өтті. Келіссөздер алдымен шағын құрамда, кейін делегациялар қатысуымен кеңейтілген құрамда жалғасты.

Мемлекет басшысы Қытайды Қазақстанның мәңгілік жан-жақты стратегиялық серіктесі деп атады. Оның айтуынша, екі ел арасындағы тауар айналымы өткен жылы 43 миллиард доллардан асты, ал алдағы уақытта оны 50 миллиард долларға жеткізу міндеті тұр.

Тараптар көлік-логистика, энергетика, ауыл шаруашылығы және сирек металдарды өңдеу салаларындағы ынтымақтастықты талқылады. Келіссөз қорытындысы бойынша жиырмадан астам құжатқа қол қойылды.

Қасым-Жомарт Тоқаев Си Цзиньпинді 2026 жылы Қазақстанға сапармен келуге шақырды.
`,
      ),
    ],
  },
  {
    id: 'eu-delegation-astana',
    summary:
      'EU delegation led by Commissioner Jozef Síkela in Astana, 3 December 2025: Global Gateway, critical raw materials, Trans-Caspian route (reported in English only).',
    articles: [
      written(
        'eu-en-release',
        'en',
        'Commissioner Síkela in Astana: new Global Gateway projects on critical raw materials and transport',
        `
Astana, 3 December 2025 – Commissioner for International Partnerships Jozef Síkela led a European Union delegation to Astana today, where he met President Kassym-Jomart Tokayev, Prime Minister Olzhas Bektenov and Foreign Minister Yermek Kosherbayev.

The visit focused on implementing the EU–Kazakhstan strategic partnership on sustainable raw materials, batteries and renewable hydrogen, and on the Trans-Caspian Transport Corridor, which the EU supports through its Global Gateway strategy.

During the visit the Commissioner announced a package of €300 million in Team Europe support for projects in Kazakhstan, including geological mapping, a pilot plant for the processing of rare earth elements and the modernisation of the port of Aktau.

"Kazakhstan is a key partner for Europe's economic security. We want to invest not only in extraction, but in processing, skills and jobs here in Kazakhstan," Commissioner Síkela said.

The delegation included representatives of the European Investment Bank, the European Bank for Reconstruction and Development and several European companies active in mining and logistics.

The Commissioner also visited Astana IT University, where the EU finances a programme on digital skills for young people.
`,
      ),
      written(
        'eu-en-analysis',
        'en',
        "Brussels courts Kazakhstan's rare earths as EU team visits Astana",
        `
ASTANA – The European Union sent one of its larger delegations in recent years to the Kazakh capital this week, hoping to turn years of declarations about critical raw materials into signed projects.

Led by Jozef Síkela, the EU commissioner in charge of the bloc's Global Gateway investment programme, the team spent a day in meetings with Kazakhstan's president, prime minister and foreign minister. Officials on both sides described the talks as "pragmatic".

Kazakhstan has large deposits of tungsten, rare earths and other metals that Europe wants to source from outside China. A 2022 memorandum created a strategic partnership on raw materials, but progress on the ground has been slow, with European firms complaining about permits and infrastructure.

The EU now says it will put €300 million of grants and loans behind geological surveys, a rare earths processing pilot and the upgrade of the Caspian port of Aktau, a key point on the Trans-Caspian route to Europe.

"The question is whether money arrives faster than Chinese money does," said a European diplomat in Astana. Kazakh officials said they welcomed all investors, but wanted processing plants and jobs at home rather than exports of ore.
`,
      ),
    ],
  },
  {
    id: 'central-asia-consultative-tashkent',
    summary:
      'Seventh Consultative Meeting of the Heads of State of Central Asia, Tashkent, 16 November 2025; Azerbaijan joins as a full participant.',
    articles: [
      written(
        'ca-ru-kazinform',
        'ru',
        'Токаев выступил на Консультативной встрече глав государств Центральной Азии в Ташкенте',
        `
ТАШКЕНТ, 16 ноября. /Kazinform/ – Президент Казахстана Касым-Жомарт Токаев принял участие в седьмой Консультативной встрече глав государств Центральной Азии, которая проходит в Ташкенте.

Выступая на заседании, Токаев предложил разработать региональную стратегию рационального использования водных ресурсов и создать единую цифровую платформу для грузоперевозок между странами Центральной Азии.

– Наш регион уверенно превращается в самостоятельный субъект международных отношений. Взаимная торговля за пять лет выросла почти вдвое, но этого недостаточно. Нам нужно устранить барьеры на границах и синхронизировать транспортные тарифы, – сказал Глава государства.

Президент также приветствовал решение о присоединении Азербайджана к формату консультативных встреч в качестве полноправного участника.

По итогам встречи лидеры приняли совместное заявление и утвердили план действий по развитию регионального сотрудничества на 2026–2028 годы. Следующая консультативная встреча состоится в Казахстане.
`,
      ),
      written(
        'ca-ru-tashkent',
        'ru',
        'В Ташкенте прошла седьмая встреча лидеров Центральной Азии',
        `
В воскресенье в Ташкенте под председательством Президента Узбекистана Шавката Мирзиёева состоялась седьмая Консультативная встреча глав государств Центральной Азии.

В саммите приняли участие президенты Казахстана Касым-Жомарт Токаев, Кыргызстана Садыр Жапаров, Таджикистана Эмомали Рахмон, Туркменистана Сердар Бердымухамедов, а также президент Азербайджана Ильхам Алиев, страна которого впервые участвовала во встрече как полноправный член формата.

Мирзиёев назвал Центральную Азию «регионом, который научился договариваться» и предложил учредить региональный совет по инвестициям, а также ежегодно проводить промышленную ярмарку стран региона.

Главы государств обсудили совместное использование воды трансграничных рек, энергетическую связанность, развитие транспортных коридоров и борьбу с последствиями изменения климата.

По итогам встречи подписаны Ташкентская декларация и дорожная карта сотрудничества на ближайшие три года. Председательство в формате переходит к Казахстану.
`,
      ),
      written(
        'ca-en-wire',
        'en',
        'Central Asian leaders meet in Tashkent, welcome Azerbaijan into regional format',
        `
TASHKENT, Nov 16 (AFP) - The presidents of the five Central Asian republics met in Tashkent on Sunday and formally admitted Azerbaijan to their annual consultative summit, a sign of the region's growing interest in the trade route across the Caspian Sea.

Uzbek President Shavkat Mirziyoyev hosted his counterparts from Kazakhstan, Kyrgyzstan, Tajikistan and Turkmenistan along with Azerbaijan's Ilham Aliyev.

The leaders signed a declaration pledging to cut border red tape, coordinate the use of water from shared rivers and build more power and transport links, though they set few concrete deadlines.

Kazakh President Kassym-Jomart Tokayev urged his neighbours to adopt a regional water strategy, warning that climate change and population growth were straining the Amu Darya and Syr Darya basins.

Once marked by disputes over borders and water, relations in the region have improved markedly since 2016. Kyrgyzstan and Tajikistan settled their border in a treaty this year.

Kazakhstan will host the next meeting in 2026.
`,
      ),
      written(
        'ca-en-feature',
        'en',
        'Tokayev calls for regional water strategy at Tashkent meeting of Central Asian heads of state',
        `
ASTANA – President Kassym-Jomart Tokayev has called on Central Asian countries to draw up a joint strategy on water, speaking at the seventh Consultative Meeting of the Heads of State of Central Asia in Tashkent on Nov. 16.

"Water must unite us, not divide us," Tokayev said, proposing a regional water-energy consortium and a shared system for monitoring river flows and glaciers.

He also suggested a single digital window for freight crossing the region's borders, saying lorries still spend days at some checkpoints.

The Tashkent summit was the first at which Azerbaijan took part as a full member of the consultative format. Tokayev said the decision reflected "the natural logic of the Middle Corridor", which links Chinese factories to European markets through Kazakhstan, the Caspian and the South Caucasus.

Regional trade has grown from about $5 billion in 2018 to more than $10 billion, according to figures quoted at the meeting.

Kazakhstan takes over the chairmanship of the format and will host the next consultative meeting in 2026.
`,
      ),
    ],
  },
  {
    id: 'kosherbayev-fidan-ankara',
    summary:
      'Foreign Minister Kosherbayev in Ankara, 22 January 2026: talks with Turkish Foreign Minister Hakan Fidan.',
    articles: [
      written(
        'fidan-ru-mfa',
        'ru',
        'Ермек Кошербаев провел переговоры с министром иностранных дел Турции Хаканом Фиданом',
        `
АНКАРА, 22 января. /Kazinform/ – В рамках официального визита в Турецкую Республику министр иностранных дел Казахстана Ермек Кошербаев провел переговоры с министром иностранных дел Турции Хаканом Фиданом, сообщает пресс-служба МИД РК.

Стороны обсудили ход выполнения договоренностей, достигнутых на высшем уровне, и подготовку очередного заседания Совета стратегического сотрудничества высшего уровня.

Министры отметили рост товарооборота, который по итогам 2025 года превысил 5 млрд долларов, и подтвердили цель довести его до 10 млрд долларов. Турция входит в число крупнейших инвесторов в экономику Казахстана, в стране работают более 4 тысяч компаний с турецким участием.

Особое внимание было уделено развитию Среднего коридора, увеличению грузоперевозок через Каспийское море и сотрудничеству в рамках Организации тюркских государств.

– Турция для нас – братская страна и стратегический партнер. Мы заинтересованы в совместных проектах в энергетике, оборонной промышленности и образовании, – сказал Ермек Кошербаев.

Хакан Фидан, в свою очередь, подтвердил готовность Анкары расширять сотрудничество с Астаной по всем направлениям.
`,
      ),
      written(
        'fidan-en-anadolu',
        'en',
        'Turkish, Kazakh foreign ministers discuss Middle Corridor, trade in Ankara',
        `
ANKARA – Turkish Foreign Minister Hakan Fidan on Thursday received his Kazakh counterpart Yermek Kosherbayev in the capital, Ankara, diplomatic sources said.

The two ministers discussed bilateral relations, the Middle Corridor transport route linking China and Europe via Central Asia and the Caucasus, and cooperation within the Organization of Turkic States, the sources said.

Fidan and Kosherbayev also exchanged views on regional developments, including the situation in the South Caucasus and the Middle East.

Speaking at a joint press conference after the meeting, Fidan said Türkiye and Kazakhstan shared "common roots and a common future" and that both sides aimed to raise annual trade to $10 billion.

Kosherbayev said Kazakhstan valued Turkish investment in construction, energy and the defence industry, and invited Turkish companies to take part in the modernisation of Kazakhstan's ports on the Caspian Sea.

The visit was Kosherbayev's first official trip to Türkiye since he became foreign minister.
`,
      ),
      reprint(
        'fidan-en-reprint',
        'fidan-en-anadolu',
        'Fidan receives Kazakh counterpart Kosherbayev in Ankara',
        [0, 1, 3, 4],
      ),
      written(
        'fidan-ru-newspaper',
        'ru',
        'Анкара и Астана сверили часы: глава МИД Казахстана побывал в Турции',
        `
Визит Ермека Кошербаева в Анкару стал первой крупной поездкой нового главы казахстанского МИД в страну тюркского мира. Встреча с турецким коллегой Хаканом Фиданом длилась почти три часа, из них больше часа – в формате тет-а-тет.

Главная тема – транспорт. Турция рассчитывает, что поток грузов из Китая через Казахстан, Каспий, Азербайджан и Грузию продолжит расти, а Казахстан хочет, чтобы больше этих грузов перегружалось в его портах Актау и Курык.

Второй блок – экономика. Товарооборот двух стран в прошлом году превысил 5 млрд долларов, и министры вновь назвали ориентир в 10 млрд. Эксперты, впрочем, напоминают, что эта цифра звучит уже несколько лет подряд.

Обсуждали и безопасность: по данным источников, речь шла о совместном производстве беспилотников и военно-техническом сотрудничестве.

По итогам переговоров Кошербаев и Фидан договорились провести заседание совместной стратегической группы планирования в Астане до конца весны.
`,
      ),
    ],
  },
  {
    id: 'kosherbayev-lavrov-moscow',
    summary: 'Foreign Minister Kosherbayev in Moscow, 10 December 2025: talks with Sergei Lavrov.',
    articles: [
      written(
        'lavrov-ru-tass',
        'ru',
        'Лавров провел переговоры с главой МИД Казахстана Кошербаевым',
        `
МОСКВА, 10 декабря. /ТАСС/. Министр иностранных дел России Сергей Лавров провел в среду переговоры с министром иностранных дел Казахстана Ермеком Кошербаевым, находящимся в Москве с рабочим визитом.

«Россия и Казахстан – союзники и стратегические партнеры. Наши президенты задают высокую планку отношений, и наша задача – обеспечить реализацию всех договоренностей», – сказал Лавров в начале встречи.

Министры обсудили график контактов на высшем уровне в следующем году, взаимодействие в ЕАЭС, ОДКБ и СНГ, а также ситуацию в Центральной Азии и Афганистане.

Стороны подписали план консультаций между министерствами иностранных дел двух стран на 2026–2027 годы.

Кошербаев, в свою очередь, отметил, что Россия остается одним из ключевых торгово-экономических партнеров Казахстана, а объем взаимной торговли по итогам года ожидается на уровне около 27 млрд долларов.
`,
      ),
      written(
        'lavrov-ru-kazinform',
        'ru',
        'Ермек Кошербаев и Сергей Лавров обсудили подготовку к визитам на высшем уровне',
        `
АСТАНА, 10 декабря. /Kazinform/ – Министр иностранных дел Республики Казахстан Ермек Кошербаев в ходе рабочей поездки в Москву встретился с министром иностранных дел Российской Федерации Сергеем Лавровым, сообщили в МИД РК.

Собеседники рассмотрели ход выполнения договоренностей, достигнутых в ходе государственного визита Президента Казахстана в Российскую Федерацию, и обсудили мероприятия в рамках Года казахстанско-российского сотрудничества.

Глава казахстанского МИД обратил внимание на вопросы транзита казахстанской нефти через Каспийский трубопроводный консорциум, перевозок грузов по территории России и трудовой миграции. Стороны договорились продолжить совместную работу по демаркации границы и по вопросам Каспийского моря, в том числе его обмеления.

По итогам переговоров Кошербаев и Лавров подписали план межмидовских консультаций на 2026–2027 годы.

Кроме того, Ермек Кошербаев провел встречу с представителями казахстанской диаспоры и студентами, обучающимися в российских вузах.
`,
      ),
      written(
        'lavrov-en-wire',
        'en',
        "Russia's Lavrov hosts Kazakh counterpart Kosherbayev, signs consultation plan",
        `
MOSCOW, Dec 10 (Reuters) - Russian Foreign Minister Sergei Lavrov met Kazakh Foreign Minister Yermek Kosherbayev in Moscow on Wednesday, with both sides stressing their alliance even as Kazakhstan deepens ties with China and the West.

Lavrov called Kazakhstan an "ally and strategic partner" and said Moscow valued Astana's "balanced and responsible" foreign policy.

Kosherbayev raised the transit of Kazakh oil through the Caspian Pipeline Consortium, whose terminal near the Russian port of Novorossiysk handles about 80% of Kazakhstan's crude exports, the Kazakh foreign ministry said. Drone attacks on the terminal have interrupted loadings several times this year.

The two ministers signed a plan of consultations between their ministries for 2026-2027 and discussed cooperation in the Eurasian Economic Union and the Collective Security Treaty Organization.

Russia is Kazakhstan's second-largest trading partner after China. Kazakhstan has refrained from recognising Russia's annexation of Ukrainian territory while keeping close economic ties with Moscow.
`,
      ),
    ],
  },
  {
    id: 'bektenov-heating-season',
    summary:
      'Government meeting of 23 September 2025: Prime Minister Olzhas Bektenov orders regions to finish preparations for the heating season (reported in Russian only).',
    articles: [
      written(
        'heating-ru-government',
        'ru',
        'Олжас Бектенов поручил завершить подготовку к отопительному сезону до 1 октября',
        `
На заседании Правительства под председательством Премьер-министра Олжаса Бектенова рассмотрен ход подготовки к отопительному сезону 2025–2026 годов.

Как доложил министр энергетики Ерлан Аккенженов, ремонт запланирован на 11 энергоблоках, 43 котлах и 48 турбинах ТЭЦ. На сегодня работы завершены на 86%. Отремонтировано более 1,2 тыс. км тепловых сетей из запланированных 1,4 тыс. км.

Вице-министр промышленности и строительства сообщил, что запасы угля на электростанциях превышают нормативный уровень, а поставки для населения и социальных объектов обеспечены в полном объеме.

Глава Правительства отметил, что в ряде регионов ремонтные работы отстают от графика, в том числе в Экибастузе, Риддере и Уральске.

– Акимам областей необходимо до 1 октября завершить подготовку объектов теплоснабжения и обеспечить запас топлива. Любые срывы отопительного сезона недопустимы. Ответственность будет персональной, – подчеркнул Олжас Бектенов.

Министерству по чрезвычайным ситуациям поручено усилить контроль за готовностью аварийных бригад.
`,
      ),
      written(
        'heating-ru-tengri',
        'ru',
        'Бектенов пригрозил акимам персональной ответственностью за срыв отопительного сезона',
        `
Премьер-министр Олжас Бектенов на заседании правительства 23 сентября раскритиковал акимов нескольких регионов за отставание в подготовке к зиме. Об этом сообщает Tengrinews.kz.

По данным Минэнерго, по всей стране до сих пор не завершен ремонт почти 200 км теплосетей, а в Экибастузе и Риддере работы на котельных и ТЭЦ выполнены меньше чем на 70%.

Особую тревогу у Бектенова вызвали изношенные сети: в среднем по стране износ превышает 50%, а в отдельных городах доходит до 80%. Зимой 2022 года авария на Экибастузской ТЭЦ оставила без тепла десятки тысяч жителей, напомнил премьер.

«Мы не можем снова допустить ситуацию, когда людей приходится эвакуировать из холодных квартир», – заявил Бектенов, поручив завершить все работы до 1 октября.

Ответственными назначены акимы областей и городов. Министерствам энергетики и по чрезвычайным ситуациям поручено каждую неделю докладывать о ходе подготовки.
`,
      ),
    ],
  },
  {
    id: 'tokayev-address-unicameral',
    summary:
      "President Tokayev's state-of-the-nation address of 8 September 2025: a unicameral parliament proposed, with a referendum in 2027; artificial intelligence and the economy.",
    articles: [
      written(
        'address-ru-kazinform',
        'ru',
        'Токаев предложил перейти к однопалатному парламенту и провести референдум в 2027 году',
        `
АСТАНА, 8 сентября. /Kazinform/ – Президент Касым-Жомарт Токаев в Послании народу Казахстана предложил перейти к однопалатному парламенту и вынести этот вопрос на общенациональный референдум в 2027 году.

Глава государства напомнил, что в 2022 году в ходе конституционной реформы полномочия Мажилиса были расширены, а Сенат сохранил функции «палаты регионов». По его словам, накопленный опыт позволяет сделать следующий шаг.

– Предлагаю провести широкую общественную дискуссию и после нее, в 2027 году, провести референдум о переходе к однопалатному Парламенту. Окончательное решение должен принять народ, – сказал Токаев.

Президент отметил, что новый парламент мог бы называться Курултаем, а его депутаты – избираться по пропорциональной системе.

В Послании также затронуты вопросы развития искусственного интеллекта, цифровизации государственного управления и налоговой политики.
`,
      ),
      written(
        'address-en-wire',
        'en',
        'Kazakh president proposes single-chamber parliament, referendum in 2027',
        `
ALMATY, Sept 8 (Reuters) - Kazakh President Kassym-Jomart Tokayev on Monday proposed abolishing the upper house of parliament and holding a referendum in 2027 on moving to a single-chamber legislature.

In his annual address to the nation, Tokayev said the Senate, whose members are partly appointed by the president, had largely fulfilled its role, and that a unicameral parliament elected by party lists would be more efficient.

"The final decision must be made by the people," Tokayev said, calling for a year of public debate before the vote.

The proposal is the latest in a series of political changes since January 2022, when deadly unrest swept the country and Tokayev consolidated power. A 2022 referendum limited presidents to a single seven-year term.

Critics say the reforms have done little to open the political system, where opposition parties struggle to register. Supporters say a smaller, party-based parliament would give voters a clearer choice.

Tokayev also announced plans to set up a ministry for artificial intelligence and digital development.
`,
      ),
      written(
        'address-en-ai',
        'en',
        "Tokayev's address puts artificial intelligence at the heart of Kazakhstan's economy",
        `
ASTANA – Artificial intelligence was the word President Kassym-Jomart Tokayev returned to most often in his Sept. 8 address to the nation, in which he set out plans to make Kazakhstan a "digital country" within three years.

Tokayev proposed creating a dedicated ministry for AI and digital development, building a national supercomputer cluster and teaching the basics of AI in all schools. Government agencies, he said, should use AI to cut paperwork and speed up decisions.

The president also asked the government to simplify the tax code for small businesses, reduce state ownership in the economy and prepare new privatisation rounds.

On politics, Tokayev proposed a public discussion on moving to a single-chamber parliament, which could be put to a referendum in 2027, though he spent only a few minutes of the nearly two-hour speech on the subject.

Economists welcomed the focus on technology but said the plans would need money and skilled people. "Kazakhstan has the ambition; the question is execution," said an economist at an Almaty think tank.
`,
      ),
      written(
        'address-kk',
        'kk',
        'Мемлекет басшысы бір палаталы Парламентке көшуді ұсынды',
        `
АСТАНА. ҚазАқпарат – Мемлекет басшысы Қасым-Жомарт Тоқаев Қазақстан халқына Жолдауында бір палаталы Парламентке көшу мәселесін 2027 жылы жалпыұлттық референдумға шығаруды ұсынды.

Президенттің айтуынша, 2022 жылғы конституциялық реформадан кейін Мәжілістің өкілеттігі кеңейді, ал жинақталған тәжірибе келесі қадамға баруға мүмкіндік береді.

– Бұл мәселе бойынша кең қоғамдық талқылау өткізіп, 2027 жылы референдум ұйымдастыруды ұсынамын. Түпкілікті шешімді халық қабылдауы керек, – деді Қасым-Жомарт Тоқаев.

Мемлекет басшысы жаңа Парламентті Құрылтай деп атауға болатынын айтты. Депутаттар партиялық тізім бойынша сайлануы мүмкін.

Жолдауда сондай-ақ жасанды интеллектіні дамыту, мемлекеттік басқаруды цифрландыру және салық саясаты мәселелері қозғалды.
`,
      ),
    ],
  },
];
