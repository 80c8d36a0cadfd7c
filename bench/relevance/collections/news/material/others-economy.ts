import { type Article, written } from './types.ts';

/**
 * Articles about no query's subject that share its vocabulary (economy, energy, transport,
 * money). None of them is judged relevant.
 */
export const OTHERS_ECONOMY: Article[] = [
  // Grain and food, other than Kazakh wheat going to China.
  written(
    'o-russia-wheat-prices',
    'ru',
    'Экспортные цены на российскую пшеницу выросли третью неделю подряд',
    `
Экспортные цены на российскую пшеницу с содержанием протеина 12,5% на условиях FOB в портах Черного моря выросли за неделю на 3 доллара и составили 232 доллара за тонну, сообщил аналитический центр «Совэкон».

Рост цен аналитики связывают с активными закупками Египта и Алжира, а также с тем, что часть аграриев придерживает зерно в ожидании более высоких цен.

Экспорт пшеницы из России с начала сезона составил 28 млн тонн, что на 10% меньше, чем годом ранее. Сказывается действие экспортной пошлины и квоты на вывоз зерна, которая начнет действовать с 15 февраля.

На внутреннем рынке цены на пшеницу третьего класса в Центральном федеральном округе выросли до 15 700 рублей за тонну.
`,
  ),
  written(
    'o-russia-wheat-quota',
    'en',
    'Russia sets 2026 grain export quota at 20 million tonnes',
    `
MOSCOW, Dec 26 (Reuters) - Russia will limit grain exports to 20 million tonnes between Feb. 15 and June 30, 2026, the agriculture ministry said on Friday, slightly more than the quota set for the same period this year.

The quota, which applies to wheat, barley, maize and rye, does not cover exports to members of the Eurasian Economic Union, including Kazakhstan and Belarus.

Russia, the world's largest wheat exporter, has used quotas and a floating export duty since 2021 to keep domestic prices in check.

Analysts expect Russian wheat exports in the 2025/26 season to reach about 43 million tonnes, down from a record in 2023/24, after a smaller harvest in southern regions hit by drought.
`,
  ),
  written(
    'o-wheat-afghanistan',
    'ru',
    'Казахстан нарастил экспорт муки в Афганистан',
    `
За 2025 год Казахстан поставил в Афганистан 1,1 млн тонн пшеничной муки, что на 18% больше, чем годом ранее, сообщил Союз зернопереработчиков Казахстана.

Афганистан остается крупнейшим покупателем казахстанской муки: на него приходится более половины экспорта. Мука доставляется по железной дороге через Узбекистан и Туркменистан до пограничных станций Хайратон и Торгунди.

Мукомолы жалуются на высокие тарифы на перевозку и конкуренцию со стороны узбекских переработчиков, которые закупают казахстанское зерно и продают муку в Афганистан дешевле.

Всего в стране работают около 300 мельниц, однако их мощности загружены лишь наполовину.
`,
  ),
  written(
    'o-kostanay-harvest',
    'en',
    'Rain slows harvest in Kostanay as Kazakh farmers race against snow',
    `
KOSTANAY, Kazakhstan – Heavy rains in late September have slowed the grain harvest in northern Kazakhstan, with farmers in Kostanay region having threshed about 70% of their fields so far, the regional agriculture department said.

Wet grain must be dried before storage, and farmers complain that drying capacity and fuel are in short supply. Some fear that the first snow, which usually arrives in mid-October, will catch part of the crop in the fields.

"The yield is good, better than last year, but the quality is falling every day we wait," said a farmer near the town of Rudny.

Nationally, Kazakhstan had harvested grain from 82% of the sown area by Sept. 30, the agriculture ministry said.
`,
  ),
  written(
    'o-china-soybeans',
    'en',
    'China soybean imports from Brazil hit record as US trade row persists',
    `
BEIJING, Jan 13 (Reuters) - China imported a record volume of soybeans from Brazil in 2025, customs data showed on Tuesday, as Chinese buyers largely shunned U.S. cargoes during a prolonged trade dispute.

Brazil supplied about 74% of China's soybean imports last year, up from 70% in 2024. Imports from the United States fell to their lowest in more than a decade.

China, the world's largest buyer of soybeans, uses most of them to make animal feed for its huge pig herd.

Beijing has also been diversifying its grain imports, buying more wheat and barley from Australia, Canada and Russia, and corn from Brazil and Ukraine.
`,
  ),
  written(
    'o-bread-prices-astana',
    'ru',
    'В Астане подорожал хлеб: акимат обещает сдерживать цены',
    `
В Астане с начала года цена на хлеб из муки первого сорта выросла на 9% и достигла в среднем 215 тенге за буханку, сообщили в управлении предпринимательства столицы.

Хлебопекарные предприятия объясняют подорожание ростом тарифов на электроэнергию, стоимости упаковки и заработной платы. Цены на муку при этом остаются относительно стабильными благодаря хорошему урожаю.

Акимат заключил меморандумы с крупнейшими хлебозаводами, которые обязались не повышать отпускные цены на социальные сорта хлеба до конца квартала в обмен на поставки муки из стабилизационного фонда.

Социальный хлеб продается в 120 магазинах столицы.
`,
  ),
  written(
    'o-cbot-wheat',
    'en',
    'Wheat futures fall to five-year low on ample global supply',
    `
CHICAGO, Nov 21 (Reuters) - U.S. wheat futures fell to their lowest in five years on Friday, pressured by large harvests in Argentina and Australia and weak demand for U.S. grain.

The most-active wheat contract on the Chicago Board of Trade settled down 6 cents at $5.12 a bushel. Corn and soybeans also ended lower.

Global wheat stocks are expected to rise this season, the International Grains Council said this week, as bigger crops in Russia, the European Union and Canada offset poorer harvests elsewhere.

"There is simply a lot of wheat in the world right now," said a broker in Chicago.
`,
  ),
  written(
    'o-prodcorp-purchase',
    'ru',
    'Продкорпорация завершила закуп зерна нового урожая',
    `
АО «НК «Продкорпорация» завершило закуп зерна урожая 2025 года в государственные ресурсы. Всего приобретено 1,2 млн тонн пшеницы, сообщили в компании.

Закупочная цена на пшеницу третьего класса составила 100 тысяч тенге за тонну с учетом НДС. Зерно закупалось у сельхозпроизводителей Северо-Казахстанской, Костанайской и Акмолинской областей.

Средства государственных ресурсов будут направлены на обеспечение продовольственной безопасности, в том числе на поставки муки для стабилизации цен на хлеб в регионах.

В Продкорпорации отметили, что хранение закупленного зерна организовано на 70 элеваторах.

Часть зерна будет продана мукомольным предприятиям по фиксированной цене.
`,
  ),
  // Oil and fuel, other than the 2025 output record.
  written(
    'o-opec-meeting',
    'en',
    'OPEC+ keeps output policy unchanged for first quarter',
    `
LONDON, Nov 30 (Reuters) - OPEC+ agreed on Sunday to keep its oil output policy unchanged for the first quarter of 2026, pausing a series of increases amid concerns about oversupply.

The group, which pumps about half of the world's oil, said it would review the market monthly and could resume raising output if conditions allowed.

Ministers also discussed compensation plans from members that have produced above their targets, including Iraq and Kazakhstan, according to sources familiar with the talks.

Brent crude futures rose 1% after the decision to about $63 a barrel.
`,
  ),
  written(
    'o-cpc-storm',
    'ru',
    'КТК приостановил отгрузки нефти из-за шторма в Новороссийске',
    `
Каспийский трубопроводный консорциум приостановил отгрузку нефти на морском терминале под Новороссийском из-за сильного шторма, сообщили в пресс-службе КТК.

Работа выносных причальных устройств прекращена в соответствии с требованиями безопасности. Прием нефти в трубопроводную систему продолжается, нефть накапливается в резервуарах терминала.

По системе КТК экспортируется основная часть казахстанской нефти, в том числе с месторождений западного Казахстана. Годовой объем транспортировки превышает 60 млн тонн.

Отгрузки планируется возобновить после улучшения погодных условий, ожидаемого в течение двух суток.

Это уже третья приостановка отгрузок в текущем году. В январе работа терминала также прерывалась из-за непогоды, а в феврале – после атаки беспилотников на одну из нефтеперекачивающих станций.
`,
  ),
  written(
    'o-brent-falls',
    'en',
    'Oil slides below $60 as demand worries mount',
    `
LONDON, Jan 12 (Reuters) - Oil prices fell on Monday, with Brent dropping below $60 a barrel for the first time in nearly five years, as weak economic data from China and rising inventories in the United States fed worries about demand.

Brent crude futures were down $1.20, or 2%, at $59.70 a barrel by 1200 GMT. U.S. West Texas Intermediate crude fell $1.15 to $56.40.

Analysts said rising supply from producers outside OPEC+, including the United States, Brazil and Guyana, was adding to pressure on prices.

"The market is looking at a surplus for most of this year," said an oil analyst at a London brokerage.
`,
  ),
  written(
    'o-karachaganak-arbitration',
    'ru',
    'Казахстан и акционеры Карачаганака продолжают переговоры по арбитражу',
    `
Правительство Казахстана и участники консорциума Karachaganak Petroleum Operating продолжают переговоры об урегулировании арбитражного спора, связанного с разделом доходов от месторождения, сообщили в Министерстве энергетики.

Казахстан требует от акционеров, в числе которых Shell, Eni, Chevron и «Лукойл», компенсацию в размере нескольких миллиардов долларов, считая, что затраты по проекту были завышены.

По данным министерства, стороны обсуждают возможность мирового соглашения, которое может включать расширение газоперерабатывающих мощностей и увеличение поставок газа на внутренний рынок.

Карачаганакское месторождение в Западно-Казахстанской области – одно из крупнейших газоконденсатных месторождений мира.
`,
  ),
  written(
    'o-petrol-prices',
    'en',
    'Kazakhstan lifts price cap on AI-92 petrol, prices rise at the pump',
    `
ASTANA – Petrol prices in Kazakhstan rose by up to 10% this week after the government lifted the price cap on AI-92 gasoline, the most common grade in the country.

A litre of AI-92 now costs about 225 tenge at many filling stations in Almaty and Astana, up from 205 tenge. Diesel prices remain regulated.

The energy ministry said the move was needed to attract investment into refineries and reduce the smuggling of cheap fuel to neighbouring countries, where prices are higher.

Consumer groups criticised the decision, saying it would fuel inflation, which stands above 12%.
`,
  ),
  written(
    'o-shymkent-refinery',
    'ru',
    'Шымкентский НПЗ остановлен на плановый ремонт',
    `
Шымкентский нефтеперерабатывающий завод с 1 сентября остановлен на плановый капитальный ремонт, который продлится около месяца, сообщили в компании «ПетроКазахстан Ойл Продактс».

Министерство энергетики заверило, что внутренний рынок обеспечен топливом: перед ремонтом были созданы запасы бензина и дизельного топлива, а поставки увеличат Павлодарский и Атырауский НПЗ.

Шымкентский завод перерабатывает около 6 млн тонн нефти в год и снабжает топливом южные регионы страны.

В ходе ремонта планируется заменить часть оборудования установки каталитического крекинга.

Завод был модернизирован в 2018 году, что позволило выпускать топливо экологического класса К4 и К5. Ранее в компании сообщали, что после ремонта глубина переработки нефти увеличится, а выход светлых нефтепродуктов вырастет.
`,
  ),
  written(
    'o-ncoc-fine',
    'ru',
    'Суд обязал оператора Кашагана выплатить штраф за сжигание газа',
    `
Специализированный межрайонный экономический суд Атырауской области обязал North Caspian Operating Company выплатить штраф за сверхнормативное сжигание попутного газа на месторождении Кашаган, сообщили в Департаменте экологии.

По данным экологов, в 2024 году на объектах морского и наземного комплекса было сожжено больше газа, чем разрешено, из-за остановок установки комплексной подготовки нефти и газа.

В NCOC заявили, что не согласны с суммой штрафа и рассматривают возможность обжалования решения.

Экологические активисты Атырау давно жалуются на запах сероводорода в окрестностях завода «Болашак».

Сумма штрафа, по данным суда, превышает 5 млрд тенге. Ранее Министерство экологии неоднократно предъявляло консорциуму претензии в связи с превышением нормативов выбросов.
`,
  ),
  written(
    'o-gas-prices-kk',
    'kk',
    'Сұйытылған газ бағасы өсті',
    `
Жыл басынан бері елдегі газ құю бекеттерінде сұйытылған газдың бағасы орта есеппен 12 пайызға қымбаттады. Қазір бір литр газ Алматыда 115 теңге, Астанада 110 теңге тұрады.

Энергетика министрлігінің мәліметінше, баға өсімі газ өңдеу зауыттарындағы жөндеу жұмыстары мен сұраныстың артуына байланысты. Сұйытылған газды пайдаланатын көліктер саны соңғы үш жылда екі есеге жуық көбейген.

Министрлік ішкі нарықты қамтамасыз ету үшін газды темір жолмен шетелге шығаруға тыйым салуды ұзартты.

Жүргізушілер баға әлі де өседі деп алаңдайды.

Кейбір өңірлерде газ құю бекеттерінде кезек пайда болды. Министрлік бағаның негізсіз өсуіне жол бермеу үшін бәсекелестікті қорғау агенттігімен бірге тексеріс жүргізетінін айтты.
`,
  ),
  // Railways: other lines, other accidents.
  written(
    'o-zabaikalye-derail',
    'ru',
    'В Забайкалье сошли с рельсов 14 вагонов грузового поезда',
    `
ЧИТА, 3 октября. /Интерфакс/ – На Забайкальской железной дороге сошли с рельсов 14 вагонов грузового поезда, перевозившего уголь, сообщили в пресс-службе магистрали.

Пострадавших нет. Движение на участке между станциями Могоча и Амазар было временно прервано, пассажирские поезда задерживаются на несколько часов.

На месте работают восстановительные поезда. По предварительным данным, причиной схода могла стать неисправность ходовой части одного из вагонов.

Транспортная прокуратура начала проверку.

Забайкальская железная дорога является частью Транссибирской магистрали, по которой в том числе перевозятся грузы в Китай и из Китая. По словам представителей РЖД, ликвидация последствий схода займет не менее суток, а грузовые поезда на участке пропускают с задержками.
`,
  ),
  written(
    'o-india-train',
    'en',
    'Passenger train collides with freight train in eastern India, killing 9',
    `
NEW DELHI, Oct 18 (AP) — A passenger train crashed into a stationary freight train in India's eastern state of West Bengal on Saturday, killing at least nine people and injuring more than 40, officials said.

Several coaches of the passenger train derailed in the collision near the town of Siliguri. Rescue workers used cutting equipment to reach people trapped inside.

Railway officials said the passenger train appears to have passed a red signal. An investigation has been ordered.

India's state-run railway network, one of the world's largest, carries millions of passengers a day. The government has been investing in an automatic train protection system to prevent collisions.
`,
  ),
  written(
    'o-bakhty-ayagoz',
    'ru',
    'Строительство железной дороги Бахты – Аягоз выполнено наполовину',
    `
Строительство новой железнодорожной линии Бахты – Аягоз в Абайской области выполнено более чем наполовину, сообщили в АО «НК «Қазақстан темір жолы».

Протяженность линии составляет 272 км. Она свяжет Аягоз с новым пунктом пропуска Бахты на границе с Китаем и станет третьим железнодорожным переходом между странами после Достыка и Алтынколя.

На объекте работают более 3 тысяч человек. Уложено около 140 км пути, строятся мосты и станции.

Завершить строительство планируется в 2027 году. По расчетам КТЖ, линия позволит перевозить до 20 млн тонн грузов в год.
`,
  ),
  written(
    'o-darbaza-maktaaral',
    'en',
    'Darbaza–Maktaaral railway to open to traffic next year',
    `
SHYMKENT – Construction of the Darbaza–Maktaaral railway in southern Kazakhstan is nearly complete and the line should open to freight and passenger traffic next year, Kazakhstan Temir Zholy said.

The 152-kilometre line will shorten the route from Kazakhstan to Uzbekistan and onward to Afghanistan and Iran, bypassing the congested Saryagash border crossing.

The project also includes a new border station at Maktaaral and a passenger terminal for the growing towns of the Turkestan region.

KTZ is building several new lines at once, part of a plan to add 5,000 kilometres of track by 2030.
`,
  ),
  written(
    'o-china-europe-containers',
    'ru',
    'Через Казахстан за год прошло рекордное число контейнерных поездов Китай – Европа',
    `
В 2025 году по территории Казахстана проследовало более 5 тысяч контейнерных поездов по маршруту Китай – Европа – Китай, что на 12% больше, чем годом ранее, сообщили в КТЖ.

Через пограничные переходы Достык и Алтынколь перевезено около 1,3 млн контейнеров в двадцатифутовом эквиваленте. Основные грузы – электроника, автомобильные запчасти, одежда и оборудование.

Растет и объем перевозок по Транскаспийскому маршруту через порты Актау и Курык, однако он по-прежнему уступает северному маршруту через Россию и Беларусь.

Средний срок доставки груза из Китая в Европу через Казахстан составляет 15–18 суток.
`,
  ),
  written(
    'o-talgo-trains',
    'en',
    'New sleeper trains enter service between Astana and Almaty',
    `
ASTANA – Kazakhstan Temir Zholy put new sleeper carriages into service on the Astana–Almaty route on Dec. 1, part of a plan to replace ageing Soviet-era passenger cars.

The new trains, assembled at a plant in Astana, have compartments with private washrooms, power sockets and Wi-Fi. The overnight journey takes about 12 hours.

KTZ said it plans to renew more than 500 passenger cars by 2028, and that ticket prices on the new trains would remain comparable to existing services.

Passengers have long complained about the condition of many carriages, especially on regional routes.
`,
  ),
  written(
    'o-level-crossing-karaganda',
    'ru',
    'На переезде в Карагандинской области поезд столкнулся с грузовиком',
    `
В Карагандинской области на железнодорожном переезде вблизи станции Жарык пассажирский поезд Алматы – Петропавловск столкнулся с грузовым автомобилем, сообщили в полиции региона.

Водитель грузовика получил травмы и доставлен в больницу. Среди пассажиров поезда пострадавших нет. Движение поездов на участке было приостановлено на три часа.

По предварительным данным, водитель выехал на переезд при запрещающем сигнале светофора. Возбуждено уголовное дело по статье о нарушении правил безопасности движения.

В КТЖ напомнили, что с начала года на переездах произошло 27 подобных происшествий.

Большинство аварий, по данным железнодорожников, происходит по вине водителей.
`,
  ),
  // Currencies, rates and markets, other than the January 2026 tenge low.
  written(
    'o-ruble-rate',
    'ru',
    'Рубль укрепился до 78 за доллар на фоне налогового периода',
    `
Курс рубля по итогам торгов на внебиржевом рынке в понедельник укрепился до 78,4 рубля за доллар, сообщают аналитики.

Поддержку национальной валюте оказывают продажи валютной выручки экспортерами в преддверии налогового периода, а также высокая ключевая ставка Банка России, которая делает рублевые активы привлекательными.

Официальный курс доллара, установленный ЦБ на вторник, снизился на 54 копейки. Курс юаня на Московской бирже опустился до 10,9 рубля.

Эксперты ожидают, что в ближайшие недели рубль будет торговаться в диапазоне 77–82 за доллар.

Аналитики также отмечают сокращение импорта, которое снижает спрос на валюту.
`,
  ),
  written(
    'o-base-rate',
    'ru',
    'Нацбанк сохранил базовую ставку на уровне 18%',
    `
Национальный банк Казахстана принял решение сохранить базовую ставку на уровне 18% с коридором плюс-минус 1 процентный пункт, сообщили в регуляторе.

Решение обусловлено сохраняющимся высоким инфляционным давлением: годовая инфляция в ноябре ускорилась до 12,4%. Повышенный рост цен отмечается на платные услуги, в том числе коммунальные, и на продовольствие.

По оценке Нацбанка, инфляция вернется к целевому диапазону не раньше 2027 года. Регулятор допускает дальнейшее ужесточение денежно-кредитной политики, если инфляционные ожидания будут расти.

Следующее плановое решение по базовой ставке будет объявлено в январе.
`,
  ),
  written(
    'o-ruble-en',
    'en',
    'Russian rouble firms past 80 per dollar on exporter sales',
    `
MOSCOW, Nov 17 (Reuters) - The Russian rouble strengthened past 80 to the U.S. dollar on Monday, supported by exporters converting foreign currency revenue and by high domestic interest rates.

The rouble was 0.6% stronger at 79.85 against the dollar in over-the-counter trade. Against the Chinese yuan it gained 0.4% on the Moscow Exchange.

The Bank of Russia has kept its key rate at a high level to curb inflation, making rouble assets attractive despite sanctions.

Analysts expect the currency to weaken slightly towards the end of the year as imports rise.
`,
  ),
  written(
    'o-som-sum',
    'en',
    'Kyrgyz som and Uzbek sum hold steady despite regional volatility',
    `
BISHKEK – The currencies of Kyrgyzstan and Uzbekistan have remained largely stable this year, central bank data show, even as oil prices fell and several emerging market currencies came under pressure.

The Kyrgyz som traded at about 87 per dollar, supported by remittances from migrants working in Russia and by gold exports. The Uzbek sum weakened only slightly, to around 12,100 per dollar.

Economists said both central banks had used their gold reserves to smooth fluctuations.

Remittances make up about a fifth of Kyrgyzstan's economy.
`,
  ),
  written(
    'o-inflation',
    'ru',
    'Годовая инфляция в Казахстане в декабре составила 12,3%',
    `
Годовая инфляция в Казахстане по итогам декабря 2025 года составила 12,3%, сообщило Бюро национальной статистики.

Продовольственные товары за год подорожали на 11,6%, непродовольственные – на 10,2%, платные услуги – на 15,4%. Наибольший рост цен среди услуг отмечен на коммунальные услуги, транспорт и образование.

Среди продуктов сильнее всего подорожали яйца, говядина, овощи и сахар.

Правительство и Национальный банк в 2026 году рассчитывают снизить инфляцию до 9–11%.

Аналитики отмечают, что основной вклад в инфляцию внесли повышение тарифов на коммунальные услуги и рост цен на топливо. Бюро национальной статистики также сообщило, что в декабре цены в месячном выражении выросли на 0,9%.
`,
  ),
  written(
    'o-kase-index',
    'ru',
    'Индекс KASE вырос на 4% за неделю на фоне роста акций банков',
    `
Индекс Казахстанской фондовой биржи KASE за неделю вырос на 4% и достиг 6 850 пунктов, свидетельствуют данные биржи.

Наибольший рост показали акции Халык Банка и «Казахтелекома». Котировки Kaspi.kz прибавили 2,5% после публикации квартальной отчетности.

Аналитики отмечают повышенный интерес розничных инвесторов: число открытых брокерских счетов физических лиц превысило 3 млн.

Объем торгов акциями за неделю составил около 25 млрд тенге.

Аналитики ожидают, что интерес к бирже сохранится благодаря планам правительства по выводу на рынок новых государственных компаний. В следующем году на KASE могут пройти размещения акций нескольких дочерних предприятий «Самрук-Казыны».
`,
  ),
  written(
    'o-sp-rating',
    'en',
    "S&P affirms Kazakhstan's BBB- rating, outlook stable",
    `
LONDON, Sept 5 (Reuters) - S&P Global Ratings affirmed Kazakhstan's long-term sovereign credit rating at 'BBB-' with a stable outlook on Friday, citing strong government and external balance sheets.

The agency said the country's large assets in its National Fund provided a buffer against lower oil prices.

S&P said rising government spending and high inflation were risks, as was the economy's dependence on commodities and on the Caspian Pipeline Consortium for oil exports.

It expects economic growth of about 5% this year.
`,
  ),
  // Nuclear and power, other than the Ulken plant.
  written(
    'o-uzbek-smr',
    'en',
    'Uzbekistan begins construction of small nuclear plant with Rosatom',
    `
TASHKENT – Uzbekistan has begun excavation for the foundation of its first nuclear power plant, a small modular plant being built by Russia's Rosatom in the Jizzakh region, the Uzbek energy ministry said.

The plant will include six RITM-200N reactors with a total capacity of 330 MW, and the first unit is due to start operating around 2029.

Uzbekistan faces growing electricity demand and gas shortages in winter, and has been expanding solar and wind power.

Rosatom is also involved in nuclear projects in Kyrgyzstan and Kazakhstan.
`,
  ),
  written(
    'o-kazatomprom-ru',
    'ru',
    'Казатомпром снизил прогноз добычи урана на 2026 год',
    `
АО «НАК «Казатомпром» скорректировало прогноз производства урана на 2026 год, снизив его примерно на 10% относительно ранее заявленных планов, говорится в сообщении компании.

Решение связано с условиями недропользования, приоритетом стоимости над объемами и ограниченной доступностью серной кислоты, необходимой для подземного выщелачивания.

Казахстан остается крупнейшим производителем урана в мире, обеспечивая около 40% мировой добычи.

Акции Казатомпрома на Лондонской фондовой бирже после публикации сообщения выросли на 3%.

Компания также сообщила, что продолжит выполнять все контрактные обязательства перед клиентами. Аналитики считают, что снижение производства поддержит мировые цены на уран, которые в прошлом году заметно колебались.
`,
  ),
  written(
    'o-kazatomprom-en',
    'en',
    'Kazatomprom signs long-term uranium supply deal with Chinese utility',
    `
ASTANA – Kazatomprom, the world's largest uranium producer, has signed a long-term contract to supply natural uranium to a subsidiary of China General Nuclear Power Group, the Kazakh state company said.

Deliveries under the contract will run from 2027 to 2035. The volume and price were not disclosed.

China is the largest buyer of Kazakh uranium, and Kazatomprom has joint ventures with Chinese partners at several mines.

Uranium prices have risen sharply in recent years as countries have returned to nuclear power to cut carbon emissions.
`,
  ),
  written(
    'o-balkhash-ecology',
    'ru',
    'Уровень озера Балхаш снизился за год на 20 сантиметров',
    `
Уровень воды в озере Балхаш за последний год снизился на 20 сантиметров, сообщили в Балхаш-Алакольской бассейновой инспекции.

Основная причина – маловодье реки Или, которая обеспечивает около 80% притока в озеро. Часть стока реки забирается на орошение в Китае, где расположены ее верховья.

Экологи предупреждают, что дальнейшее снижение уровня может привести к росту солености восточной части озера и ухудшению условий для рыбы.

Казахстан и Китай ведут переговоры о разделе вод трансграничных рек.

Министерство водных ресурсов разрабатывает программу по сохранению озера, которая предусматривает строительство водосберегающих систем орошения в бассейне реки Или.
`,
  ),
  written(
    'o-ekibastuz-unit',
    'en',
    'New 636-megawatt unit launched at Ekibastuz power plant',
    `
EKIBASTUZ, Kazakhstan – A new power unit with a capacity of 636 megawatts has started operating at the Ekibastuz GRES-2 coal-fired power station in Pavlodar region, the energy ministry said.

The unit will help cover electricity shortages in the country, which has been importing power from Russia in peak winter months.

Kazakhstan still generates about two-thirds of its electricity from coal, much of it mined around Ekibastuz.

The government aims to increase the share of renewable energy to 15% by 2030.
`,
  ),
  // Air travel and London, other than the Astana–London route.
  written(
    'o-heathrow-strike',
    'ru',
    'В аэропорту Хитроу отменены десятки рейсов из-за забастовки',
    `
ЛОНДОН, 21 июля. /РИА Новости/ – В лондонском аэропорту Хитроу отменены более 60 рейсов из-за забастовки сотрудников службы безопасности, требующих повышения заработной платы.

Больше всего пострадали пассажиры British Airways и Virgin Atlantic. У пунктов досмотра образовались многочасовые очереди.

Профсоюз Unite заявил, что забастовка продлится четыре дня, если руководство аэропорта не предложит более высокую прибавку к зарплате.

Администрация Хитроу рекомендовала пассажирам заранее уточнять статус рейса.

Это уже вторая забастовка в аэропорту за лето. В июне из-за аналогичной акции протеста были отменены около 40 рейсов. Британские туроператоры опасаются, что продолжение забастовок может сорвать пиковый сезон отпусков.
`,
  ),
  written(
    'o-ba-it',
    'en',
    'British Airways flights disrupted by IT failure',
    `
LONDON, Oct 10 (Reuters) - British Airways cancelled dozens of flights and delayed many more at London Heathrow and Gatwick on Friday after a failure in its IT systems.

The airline said the problem affected check-in and baggage systems and was fixed by mid-afternoon, but that delays would continue into the evening.

Passengers complained of long queues and a lack of information. BA apologised and offered refunds or rebooking.

It was the latest in a series of technology problems at the airline in recent years.
`,
  ),
  written(
    'o-air-astana-engines',
    'ru',
    'Air Astana сокращает часть рейсов из-за проблем с двигателями',
    `
Авиакомпания Air Astana временно сокращает частоту рейсов на ряде внутренних и международных направлений из-за проблем с двигателями Pratt & Whitney, установленными на самолетах Airbus A320neo.

Из-за проверки двигателей часть воздушных судов будет простаивать в течение нескольких месяцев. Пассажирам отмененных рейсов предлагают перебронирование или возврат средств.

В компании отметили, что для частичной компенсации выбывших мощностей арендованы несколько самолетов.

Аналогичные проблемы затронули авиакомпании по всему миру.

По данным перевозчика, в настоящее время на земле находятся около десяти самолетов. В компании рассчитывают вернуть их в эксплуатацию после получения отремонтированных двигателей в течение года.
`,
  ),
  written(
    'o-air-astana-results',
    'en',
    'Air Astana reports higher passenger numbers, lower profit for 2025',
    `
ALMATY – Air Astana Group carried a record 9.2 million passengers in 2025, up 8% on the previous year, but its net profit fell because of higher costs and engine problems, the airline said.

Revenue rose 6% to about $1.3 billion. The group's low-cost subsidiary FlyArystan accounted for more than half of passengers.

Air Astana's global depositary receipts, listed in London since 2024, fell 4% after the results were published. The shares are also traded in Astana and Almaty.

The company plans to expand its fleet with Boeing 787 aircraft.
`,
  ),
  written(
    'o-flyarystan-tbilisi',
    'en',
    'FlyArystan launches Astana–Tbilisi flights',
    `
ASTANA – Low-cost airline FlyArystan launched direct flights between Astana and Tbilisi on June 2, with three flights a week on Airbus A320 aircraft.

One-way fares start at around 30,000 tenge. The airline already flies to the Georgian capital from Almaty.

Georgia has become one of the most popular destinations for Kazakh tourists, who can enter without a visa.

FlyArystan, a subsidiary of Air Astana, carried 5 million passengers last year.

The airline said it expects demand to peak in summer and during the New Year holidays. It is also considering flights from Shymkent and Aktau to Georgia.
`,
  ),
  // Water, other than Mangystau's drinking water.
  written(
    'o-amu-darya-drought',
    'en',
    'Low water in Amu Darya threatens cotton harvest in Uzbekistan and Turkmenistan',
    `
TASHKENT – Water levels in the Amu Darya river have fallen to their lowest in a decade this summer, threatening cotton and wheat crops in Uzbekistan and Turkmenistan, officials and farmers say.

A dry winter with little snow in the Pamir mountains reduced the flow of the river, while Afghanistan's construction of the Qosh Tepa canal is expected to divert more water in coming years.

Uzbek authorities have ordered farmers to switch to drip irrigation and reduced water allocations in the Khorezm and Karakalpakstan regions.

Central Asia's water problems have grown with climate change and rising populations.
`,
  ),
  written(
    'o-turkestan-irrigation',
    'ru',
    'Фермеры Туркестанской области жалуются на нехватку поливной воды',
    `
Фермеры Мактааральского района Туркестанской области жалуются на нехватку поливной воды в разгар вегетационного периода. По их словам, хлопок и бахчевые культуры на части полей начали засыхать.

В Министерстве водных ресурсов и ирригации объясняют дефицит маловодьем реки Сырдарья и поздним поступлением воды из Узбекистана.

Ведомство ввело график водопользования и направило в район дополнительную технику для очистки каналов.

По данным министерства, около 40% оросительных каналов в регионе нуждаются в реконструкции.

Местные фермеры просят ускорить ремонт каналов и перейти на капельное орошение, однако многие не могут позволить себе дорогое оборудование без государственных субсидий.
`,
  ),
  written(
    'o-aktau-airport',
    'ru',
    'В аэропорту Актау открылся новый пассажирский терминал',
    `
В международном аэропорту Актау открылся новый пассажирский терминал пропускной способностью 800 человек в час, сообщили в акимате Мангистауской области.

В здании терминала установлены современные системы досмотра, телетрапы и зона ожидания для пассажиров международных рейсов. Старый терминал будет реконструирован.

Аэропорт Актау обслуживает рейсы в Алматы, Астану, Стамбул, Москву, Баку и ряд других городов.

Пассажиропоток аэропорта в прошлом году превысил 1,5 млн человек.

Строительство нового терминала велось два года и обошлось примерно в 25 млрд тенге. В акимате рассчитывают, что обновленный аэропорт поможет привлечь новых авиаперевозчиков и увеличить поток туристов на побережье Каспийского моря. В летний сезон планируется открыть дополнительные рейсы в Турцию и страны Персидского залива.
`,
  ),
  // Trade and companies.
  written(
    'o-china-trade-stats',
    'en',
    'Kazakhstan-China trade rises to record on car and machinery imports',
    `
ASTANA – Trade between Kazakhstan and China reached a record $47 billion in 2025, according to Chinese customs data, driven by a surge in imports of Chinese cars, machinery and electronics.

Kazakh exports to China, dominated by oil, copper, ferroalloys and uranium, grew more slowly, widening Kazakhstan's trade deficit with its eastern neighbour.

Chinese car brands now account for more than half of new car sales in Kazakhstan, and several are assembled locally.

Officials in Astana say they want to increase exports of processed goods to China.
`,
  ),
  written(
    'o-kaspi-results',
    'en',
    'Kaspi.kz profit rises as Turkish unit grows',
    `
ALMATY – Kaspi.kz reported a 12% rise in quarterly net income, helped by its payments and marketplace businesses in Kazakhstan and the growth of its Turkish e-commerce unit Hepsiburada.

The company, listed on Nasdaq, said monthly active users of its super app rose to 15 million.

Kaspi raised its full-year forecast and said it would pay a quarterly dividend.

Analysts said competition in Kazakhstan's payments market was growing, but Kaspi remained dominant.

The company also reported strong growth in its travel and grocery delivery services, which it is expanding to smaller cities across Kazakhstan.
`,
  ),
  written(
    'o-car-sales',
    'ru',
    'Продажи новых автомобилей в Казахстане выросли на 15%',
    `
За 2025 год в Казахстане продано около 180 тысяч новых легковых и коммерческих автомобилей, что на 15% больше, чем годом ранее, сообщила Ассоциация казахстанского автобизнеса.

Лидером продаж остается Chevrolet местной сборки, на втором месте Hyundai, на третьем – китайские марки Chery и Haval.

Доля автомобилей отечественной сборки на рынке превысила 70%.

Средняя цена нового автомобиля выросла до 14 млн тенге.

Аналитики отмечают, что спрос поддерживали программы льготного автокредитования и рост предложения китайских машин. В 2026 году продажи могут замедлиться из-за повышения утилизационного сбора и высоких ставок по кредитам. Наибольшим спросом пользуются кроссоверы и седаны стоимостью до 12 млн тенге.
`,
  ),
  written(
    'o-almaty-housing',
    'ru',
    'Цены на жилье в Алматы выросли на 10% за год',
    `
Средняя стоимость квадратного метра на вторичном рынке жилья в Алматы за год выросла на 10% и достигла 720 тысяч тенге, свидетельствуют данные Бюро национальной статистики.

В новостройках цена квадратного метра составила около 650 тысяч тенге. Дороже всего жилье в Медеуском и Бостандыкском районах.

Аналитики связывают рост цен с инфляцией и ограниченным предложением качественного жилья. Количество сделок при этом снизилось из-за высоких ставок по ипотеке.

Арендные ставки выросли на 15%.

Эксперты полагают, что в следующем году рост цен замедлится, если Национальный банк начнет снижать базовую ставку. Пока же многие семьи откладывают покупку жилья и выбирают аренду. Наибольшим спросом пользуются однокомнатные и двухкомнатные квартиры площадью до 60 квадратных метров.
`,
  ),
  written(
    'o-tungsten-us',
    'en',
    'US company to develop tungsten deposit in central Kazakhstan',
    `
ASTANA – A U.S. investment company has signed an agreement with Kazakhstan's government to develop a tungsten deposit in Karaganda region, in one of the largest American mining investments in the country in recent years.

The project, estimated at more than $1 billion, includes a mine and a processing plant. Output would be exported to the United States and other markets.

Tungsten is used in defence, electronics and industrial tools, and most of the world's supply comes from China.

Kazakhstan has been seeking investors for its large but undeveloped deposits of critical minerals.
`,
  ),
  written(
    'o-gold-reserves',
    'ru',
    'Золотовалютные резервы Нацбанка выросли до рекорда',
    `
Международные резервы Национального банка Казахстана на конец года выросли до рекордных 55 млрд долларов, сообщили в регуляторе.

Основной рост обеспечен увеличением стоимости золота на мировых рынках. Доля золота в резервах превышает 60%.

Активы Национального фонда, напротив, снизились до 60 млрд долларов из-за изъятий на финансирование бюджета.

Нацбанк продолжает покупать золото у отечественных производителей в рамках права приоритетной покупки.

По оценкам экономистов, высокая доля золота делает резервы Казахстана более устойчивыми к санкционным рискам, но повышает зависимость от колебаний цен на драгоценные металлы. Нацбанк не планирует менять стратегию управления резервами в ближайшее время.
`,
  ),
  written(
    'o-coal-exports-kk',
    'kk',
    'Көмір экспорты 10 пайызға азайды',
    `
Былтыр Қазақстаннан шетелге 28 миллион тонна көмір экспортталды, бұл алдыңғы жылмен салыстырғанда 10 пайызға аз. Бұл туралы Өнеркәсіп және құрылыс министрлігі хабарлады.

Экспорттың азаюы Еуропа нарығындағы сұраныстың төмендеуімен және Ресей арқылы тасымалдау шектеулерімен байланысты. Қазақстан көмірінің негізгі сатып алушылары – Ресей, Қырғызстан және Өзбекстан.

Сонымен бірге ішкі нарықта көмірге сұраныс артып келеді. Жылу беру маусымы алдында тұрғындарға көмір жеткізу толық қамтамасыз етілген.

Көмір өндіру негізінен Павлодар және Қарағанды облыстарында шоғырланған.

Министрлік өкілдерінің айтуынша, көмір тасымалдау үшін жартылай вагондар жетіспейді, сондықтан кәсіпорындар өнімді уақытында жөнелте алмай отыр. Биыл экспорт көлемін қалпына келтіру үшін жаңа нарықтар, соның ішінде Азия елдері қарастырылуда.
`,
  ),
  written(
    'o-tco-head',
    'en',
    'Chevron names new general director of Tengizchevroil',
    `
ATYRAU, Kazakhstan – Chevron has appointed a new general director of Tengizchevroil, the operator of the Tengiz oil field in western Kazakhstan, the company said in a statement.

The new head, a Chevron veteran who previously managed operations in Australia and the Gulf of Mexico, replaces an executive who led the company through the final years of the Future Growth Project and is returning to the United States.

Tengizchevroil is owned by Chevron, ExxonMobil, Kazakhstan's KazMunayGas and LukArco. The company has faced disputes with the Kazakh government over environmental fines and cost overruns.

The appointment takes effect on Feb. 1. Kazakh officials said they expected the new management to focus on local content and on hiring Kazakh engineers for senior positions.
`,
  ),
  written(
    'o-aktau-port',
    'en',
    'Aktau port opens container hub to handle Middle Corridor cargo',
    `
AKTAU, Kazakhstan – Kazakhstan opened a new container hub at the Caspian port of Aktau on Sept. 16, aiming to handle growing volumes of cargo on the Middle Corridor trade route between China and Europe.

The terminal, built with the participation of a company from the United Arab Emirates, has an initial capacity of 240,000 containers a year, officials said.

Cargo on the Trans-Caspian route has grown sharply since 2022, but shippers complain about delays, high costs and a shortage of vessels on the Caspian Sea.

The falling level of the Caspian has also forced the port to carry out dredging so that ships can enter fully loaded.
`,
  ),
];
