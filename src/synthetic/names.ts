// Name and street lists for fictitious Genk residents: common names of the communities that live in Genk,
// combined at random, so no record describes a real person.

export interface NameGroup {
  readonly label: string;
  /** Share of the population drawn from this group. */
  readonly weight: number;
  readonly firstNames: readonly string[];
  readonly lastNames: readonly string[];
}

export const NAME_GROUPS: readonly NameGroup[] = [
  {
    label: "Vlaams",
    weight: 0.48,
    firstNames: [
      "Jan", "Luc", "Marc", "Dirk", "Geert", "Koen", "Tom", "Tim", "Wim", "Bart", "Pieter", "Jef", "Kevin", "Stijn", "Jozef",
      "Maria", "Anna", "An", "Els", "Katrien", "Sofie", "Lotte", "Emma", "Marie", "Hilde", "Ingrid", "Annelies", "Leen", "Noor", "Chloë",
    ],
    lastNames: [
      "Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet", "Van den Bossche",
      "Vandenbroeck", "D'Hondt", "Van der Berghe", "Vermeulen", "Lenaerts", "Vanderhoydonck", "Bijnens", "Schepers", "Dirix",
      "Thijs", "Claesen", "Vanhees", "Van de Velde", "Op de Beeck", "Peeters-Janssens", "Van 't Hof", "Ten Haaf", "Smeets", "Nijs",
    ],
  },
  {
    label: "Turks",
    weight: 0.17,
    firstNames: [
      "Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "İsmail", "Emre", "Burak", "Yusuf", "Ömer",
      "Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Özlem", "Gül", "Şeyma", "Büşra", "Derya", "Esra",
    ],
    lastNames: [
      "Yılmaz", "Öztürk", "Çelik", "Demir", "Şahin", "Kaya", "Aydın", "Doğan", "Arslan", "Koç", "Kılıç", "Özdemir",
      "Erdoğan", "Güneş", "Yıldız", "Aksoy", "Çetin", "Kurt", "Özkan", "Şimşek",
    ],
  },
  {
    label: "Marokkaans",
    weight: 0.13,
    firstNames: [
      "Mohamed", "Ahmed", "Youssef", "Hamid", "Rachid", "Karim", "Said", "Mustapha", "Abdel", "Omar", "Bilal", "Ilyas",
      "Fatima", "Khadija", "Naima", "Samira", "Malika", "Nadia", "Amina", "Soukaina", "Imane", "Hajar",
    ],
    lastNames: [
      "El Amrani", "Benali", "El Idrissi", "Bouzid", "El Khattabi", "Ben Ahmed", "Azzouzi", "Amrani", "Boukhari", "Haddouchi",
      "El Ouali", "Ait Ouali", "Bouazza", "El Hamdaoui", "Ben Salah", "Ouali", "Chakir", "Ziani",
    ],
  },
  {
    label: "Italiaans",
    weight: 0.14,
    firstNames: [
      "Giuseppe", "Salvatore", "Antonio", "Giovanni", "Francesco", "Luigi", "Vincenzo", "Angelo", "Rocco", "Nicola",
      "Maria", "Giuseppina", "Rosa", "Angela", "Carmela", "Francesca", "Lucia", "Concetta",
    ],
    lastNames: [
      "Rossi", "Russo", "Bianchi", "Romano", "Esposito", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti",
      "De Luca", "Mancini", "Di Stefano", "La Rosa", "Lo Presti", "Caruso", "Fontana", "D'Angelo",
    ],
  },
  {
    label: "Pools",
    weight: 0.05,
    firstNames: ["Piotr", "Krzysztof", "Tomasz", "Paweł", "Łukasz", "Michał", "Anna", "Katarzyna", "Małgorzata", "Agnieszka", "Joanna"],
    lastNames: ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak"],
  },
  {
    label: "ander",
    weight: 0.03,
    firstNames: ["Dimitrios", "Georgios", "Eleni", "José", "Carmen", "Ion", "Elena", "Søren", "Ana"],
    lastNames: ["Papadopoulos", "Georgiou", "García", "Fernández", "Popescu", "Ionescu", "Sørensen", "Muñoz"],
  },
];

/** Streets of a Genk-like town (the data is fictitious; the streets only make it look familiar). */
export const STREETS: readonly string[] = [
  "Stalenstraat", "Hasseltweg", "Vennestraat", "Winterslagstraat", "Molenstraat", "Weg naar As", "Grotestraat", "Sledderlo",
  "Zwartberg", "Europalaan", "Vlakveld", "Dieplaan", "Noordlaan", "Bochtlaan", "Kolderbosstraat", "Sint-Martinusplein",
  "Boxbergstraat", "Hoogstraat", "Kerkstraat", "Genkersteenweg", "Stationsstraat", "Marktplein", "Rootenstraat",
  "Evence Coppéelaan", "André Dumontlaan", "Weg naar Zwartberg", "Wiemesmeerstraat", "Hoevenzavellaan", "Zonhoverweg",
  "Bosdel", "Langerloweg", "Onderwijslaan", "Nieuwe Kuilenstraat", "Kattevennen", "Slagmolenweg", "Dokter Vermeylenstraat",
];

/** More streets, so a large dataset is not crowded onto a few dozen: root + kind ("Berken" + "laan"). */
const STREET_ROOTS: readonly string[] = [
  "Berken", "Eiken", "Linden", "Beuken", "Kastanje", "Sparren", "Dennen", "Wilgen", "Populieren", "Heide", "Weide", "Akker",
  "Bremhof", "Bijen", "Vlinder", "Merel", "Zwaluw", "Leeuwerik", "Koolmijn", "Schacht", "Kompel", "Mijnwerkers", "Bokrijk",
  "Kattenberg", "Termien", "Waterschei", "Bret", "Gelieren", "Hoevezavel", "Sledderlo", "Nieuwdorp", "Kolderbos", "Boxberg",
  "Camerlo", "Langerlo", "Terboekt", "Hengelhoef", "Westerlo", "Oosterlo", "Zuiderlo",
];
const STREET_KINDS: readonly string[] = ["straat", "laan", "weg", "plein", "steenweg", "dreef", "hof"];

export const MORE_STREETS: readonly string[] = STREET_ROOTS.flatMap((root) => STREET_KINDS.map((kind) => root + kind));
