package nl.samenspel.bench;

import nl.samenspel.bench.DataGenerator.Kind;

/** The words the generated data is made of: places, people, schools, services and kinds of activities. */
final class Names {

	private Names() {
	}

	static final String[] DISTRICTS = { "Centrum", "Noord", "Oost", "Zuid", "West", "Havenkwartier", "Parkstad", "Buitenwijken" };

	/** Five neighbourhoods per district, in the order of {@link #DISTRICTS}. */
	static final String[] NEIGHBOURHOODS = {
		"Binnenstad", "Stationsbuurt", "Oude Markt", "Kerkbuurt", "Vestingwal",
		"Noorderpark", "Vogelbuurt", "Bloemenwijk", "Molenveld", "Bedrijventerrein Noord",
		"Oosterhout", "Schildersbuurt", "Zonnehoek", "Beekdal", "Kastanjelaan",
		"Zuiderpoort", "Rivierenbuurt", "Sterrenwijk", "De Akkers", "Lindenhof",
		"Westerkwartier", "Componistenbuurt", "Boomgaard", "Het Veld", "Westerpark",
		"Kadebuurt", "Dokhaven", "Scheepmakerij", "Bedrijventerrein Haven", "Vissersbuurt",
		"Parkzicht", "Eikenhorst", "Waterrijk", "De Weide", "Hoge Dreef",
		"Buitenhof", "De Polder", "Kerkdorp", "Heidebuurt", "Dijkzicht" };

	static final String[] SCHOOL_KINDS = { "OBS", "CBS", "RKBS", "IKC", "Basisschool" };

	/** Ten school names per district. */
	static final String[] SCHOOL_NAMES = {
		"De Regenboog", "Het Anker", "De Wegwijzer", "De Kameleon", "Het Kompas", "De Fontein", "De Vlinder", "De Sterrenkijker", "Het Palet", "De Zonnewijzer",
		"De Molen", "Het Noorderlicht", "De Vogelaar", "De Bloesem", "De Wieken", "De Esch", "Het Klokhuis", "De Springplank", "De Horizon", "De Toverbal",
		"De Oosterpoort", "Het Atelier", "De Zonnehoek", "De Beekloop", "De Kastanje", "Het Lichtpunt", "De Bron", "De Ontdekking", "De Schakel", "Het Mozaïek",
		"De Zuiderzon", "De Rivierkei", "De Sterrenboog", "De Akker", "De Linde", "Het Startpunt", "De Klimop", "De Uitkijk", "De Piramide", "Het Spectrum",
		"De Westhoek", "De Notenbalk", "De Boomgaard", "Het Veldhuis", "De Parkschool", "De Windroos", "De Triangel", "De Meander", "De Lettertuin", "De Tweemaster",
		"De Kade", "De Loods", "De Scheepjes", "De Vuurtoren", "De Haven", "Het Zeepaard", "De Kapitein", "De Golfslag", "De Branding", "De Ankerplaats",
		"Het Park", "De Eikenhorst", "Het Waterrijk", "De Weide", "De Dreef", "De Vlieger", "De Paddestoel", "Het Hoge Land", "De Vijver", "De Waterlelie",
		"De Buitenhof", "De Polderschool", "Sint Jozef", "De Heide", "De Dijk", "De Korenbloem", "Het Tuinpad", "De Hoeksteen", "De Klaproos", "De Hazelaar" };

	/** Formats with the municipality's name. */
	static final String[] ORGANISATIONS = { "Stichting Welzijn %s", "Kinderwerk %s Centrum", "Stichting Speel-o-theek %s",
		"Buurtwerk %s Noord-Oost", "Jongerenwerk en Kinderwerk %s Zuid", "Stichting De Speelwerf (%s)", "Sport en Spel %s",
		"Vereniging Buurthuizen %s" };

	static final String[] LOCATION_NAMES = { "De Kroon", "De Bolder", "De Klimboom", "Het Trefpunt", "De Ontmoeting", "Het Baken",
		"De Speelhoek", "De Schakel", "Het Dorpshuis", "De Vonk", "Het Wijkpaleis", "De Buurtkamer", "De Oase", "Het Knooppunt",
		"De Brug", "De Hoeve", "Het Plein", "De Wilg", "De Linde", "Het Eiland" };

	static final String[] STREETS = { "Kerkstraat", "Schoolstraat", "Molenweg", "Dorpsstraat", "Stationsweg", "Julianalaan",
		"Beatrixlaan", "Parkweg", "Lindelaan", "Havenkade", "Noordsingel", "Zuidwal", "Spoorstraat", "Marktplein", "Esdoornlaan",
		"Vondelstraat", "Rembrandtlaan", "Dijkweg", "Weideweg", "Kastanjeplein" };

	static final String[] FIRST_NAMES = { "Emma", "Noah", "Julia", "Liam", "Mila", "Lucas", "Sophie", "Daan", "Zoë", "Sem",
		"Tess", "Finn", "Nora", "Levi", "Saar", "Mohammed", "Yara", "Adam", "Fatima", "Omar", "Ayşe", "Emir", "Elif", "Yusuf",
		"Amira", "Ilias", "Noor", "Rayan", "Lina", "Ibrahim", "Zeynep", "Mehmet", "Hanna", "Łukasz", "Zofia", "Jakub", "Olena",
		"Dmytro", "Aisha", "Kofi", "Amani", "Samir", "Priya", "Arjun", "Chloé", "Mateo", "Lotte", "Bram", "Fleur", "Milan",
		"Jasmijn", "Thijs", "Evi", "Jesse", "Isa", "Ruben", "Femke", "Luuk", "Anouk", "Sven", "Meryem", "Youssef", "Selin",
		"Nadia", "Tariq", "Mariam", "Kerem", "Esra", "Hamza", "Salma" };

	static final String[] LAST_NAMES = { "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen",
		"Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen",
		"Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "Yılmaz", "Kaya", "Demir", "Şahin",
		"Çelik", "El Amrani", "Bouzid", "El Idrissi", "Benali", "Ait Taleb", "Nowak", "Kowalski", "Wiśniewska", "Kovalenko",
		"Shevchenko", "Mensah", "Asante", "Haile", "Tesfay", "Abdi", "Warsame", "Ramdin", "Sewnath", "Martina", "Rosario",
		"Pinas", "Kartosen", "Nguyen", "Tran", "Ali", "Hassan", "Ahmadi", "Rahimi", "Haddad", "Khalil" };

	/** Kind, name (formatted with the municipality's name), route, weight among referrals, national or local. */
	static final String[][] SERVICES = {
		{ "VEILIG_THUIS", "Veilig Thuis", "DIRECT", "2", "national" },
		{ "KINDERTELEFOON", "De Kindertelefoon", "INFORM", "0", "national" },
		{ "JEUGDFONDS", "Jeugdfonds Sport & Cultuur", "INTERMEDIARY", "20", "national" },
		{ "LEERGELD", "Stichting Leergeld", "PARENTS_APPLY", "12", "national" },
		{ "KINDERHULP", "Nationaal Fonds Kinderhulp", "INTERMEDIARY", "5", "national" },
		{ "KINDPAKKET", "Kindpakket van de gemeente", "PARENTS_APPLY", "8", "national" },
		{ "FOOD_BANK", "Voedselbank", "DIRECT", "6", "national" },
		{ "NEIGHBOURHOOD_TEAM", "Wijkteam", "DIRECT", "15", "national" },
		{ "CJG", "Centrum voor Jeugd en Gezin", "DIRECT", "8", "national" },
		{ "SPORTS_CLUB", "Voetbalvereniging %s", "DIRECT", "6", "local" },
		{ "SPORTS_CLUB", "Zwemclub De Spetters %s", "PARENTS_APPLY", "4", "local" },
		{ "CULTURE_CLUB", "Muziekschool %s", "PARENTS_APPLY", "6", "local" },
		{ "YOUTH_CARE", "Jeugdhulp %s", "DIRECT", "4", "local" },
		{ "GGD", "GGD jeugdgezondheidszorg %s", "DIRECT", "4", "local" },
		{ "OUT_OF_SCHOOL_CARE", "BSO De Speelvogel %s", "PARENTS_APPLY", "2", "local" } };

	static final Kind[] KINDS = {
		new Kind("Sportinstuif", "Bewegen, rennen en samen sporten in de gymzaal.", new String[] { "HEALTH", "PLAY" },
				new String[] { "SPORT" }, 6, 12),
		new Kind("Voetbal op het plein", "Elke week een potje voetbal, voor iedereen die wil.", new String[] { "HEALTH", "MEETING" },
				new String[] { "SPORT", "OUTDOOR_PLAY" }, 6, 12),
		new Kind("Kookclub", "Samen koken en eten, met groente uit de buurt.", new String[] { "HEALTH", "TALENT" },
				new String[] { "FOOD_AND_HEALTH" }, 7, 12),
		new Kind("Knutselmiddag", "Knippen, plakken, verven en bouwen.", new String[] { "TALENT", "PLAY" },
				new String[] { "CRAFTS" }, 4, 9),
		new Kind("Huiswerkklas", "Hulp bij huiswerk en lezen, met vrijwilligers.", new String[] { "TAKING_PART", "TALENT" },
				new String[] { "HOMEWORK" }, 8, 12),
		new Kind("Buitenspeelmiddag", "Spelen op straat en in het park, met spelmateriaal.", new String[] { "PLAY", "MEETING" },
				new String[] { "OUTDOOR_PLAY", "GAMES" }, 4, 10),
		new Kind("Muziekatelier", "Zingen, trommelen en een eigen lied maken.", new String[] { "TALENT", "PARTICIPATION" },
				new String[] { "MUSIC", "CULTURE" }, 6, 12),
		new Kind("Techniekclub", "Bouwen, programmeren en uitvinden.", new String[] { "TALENT" },
				new String[] { "TECHNOLOGY" }, 8, 12),
		new Kind("Theaterclub", "Toneelspelen en aan het eind een voorstelling.", new String[] { "TALENT", "PARTICIPATION" },
				new String[] { "CULTURE" }, 7, 12),
		new Kind("Meidenclub", "Een eigen plek voor meiden: praten, spelen, plannen maken.", new String[] { "RAISING_TOGETHER", "SIGNALLING" },
				new String[] { "MEETING" }, 9, 12),
		new Kind("Natuurspeurtocht", "Op ontdekking in de natuur rond de wijk.", new String[] { "PLAY", "HEALTH" },
				new String[] { "NATURE", "OUTDOOR_PLAY" }, 4, 10),
		new Kind("Spelletjesmiddag", "Bordspellen en spelletjes, jong en oud door elkaar.", new String[] { "GENERATIONS", "MEETING" },
				new String[] { "GAMES" }, 4, 12),
		new Kind("Peuter- en kleuterspel", "Spelen met de kleintjes, ouders zijn welkom.", new String[] { "RAISING_TOGETHER", "PLAY" },
				new String[] { "GAMES", "CRAFTS" }, 4, 6),
		new Kind("Kinderraad", "Kinderen denken mee over hun buurt.", new String[] { "PARTICIPATION", "FELLOW_CITIZENS" },
				new String[] { "MEETING", "OTHER" }, 9, 12),
		new Kind("Moestuinclub", "Zaaien, wieden en oogsten in de buurtmoestuin.", new String[] { "HEALTH", "FELLOW_CITIZENS" },
				new String[] { "NATURE", "FOOD_AND_HEALTH" }, 6, 12),
		new Kind("Dansles", "Dansen op muziek uit alle windstreken.", new String[] { "HEALTH", "TALENT" },
				new String[] { "SPORT", "MUSIC" }, 6, 12) };
}
