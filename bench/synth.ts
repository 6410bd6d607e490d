// A reproducible synthetic corpus for the name resolution benchmark: actors with realistic names
// from several origins (Arabic, Italian, Spanish/Portuguese, Slavic, Turkish, French, English,
// West/East African), spelling-variant aliases as news would write them, and labelled queries
// (exact, case, diacritics, transliteration, typo, unknown) with their ground truth.
//
// Everything is driven by a seeded PRNG (mulberry32), so the same (n, seed) gives the same actors.
// Generation is sequential and never looks at n, so the 10k corpus is a prefix of the 100k one,
// which is a prefix of the 1M one.
//
// Uniqueness is by nameKey: no two actors share a canonical key, and an alias key belongs to one
// actor only (it may equal its own actor's canonical key: "Al-Masri" for "Almasri").
import { distance as levenshtein } from 'fastest-levenshtein';
import { phoneticWords } from '../src/search/phonetic.ts';
import { nameKey } from '../src/search/keys.ts';

export type SynthType = 'person' | 'organization' | 'place';
export interface SynthActor {
  name: string;
  aliases: string[];
  type: SynthType;
  role: string;
}
export type QueryKind = 'exact' | 'case' | 'diacritics' | 'translit' | 'typo' | 'unknown';
/** truth = index into the actors array; null for unknown names. */
export interface SynthQuery {
  text: string;
  kind: QueryKind;
  truth: number | null;
}

export const QUERY_KINDS: readonly QueryKind[] = ['exact', 'case', 'diacritics', 'translit', 'typo', 'unknown'];

// ---------------------------------------------------------------------------------------------
// PRNG and small helpers

/** mulberry32: a tiny, fast 32-bit seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes three integers into one 32-bit seed (murmur3-style finaliser). */
function hash3(a: number, b: number, c: number): number {
  let h = 0x9e3779b9 ^ (a >>> 0);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) ^ (b >>> 0);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) ^ (c >>> 0);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return (h ^ (h >>> 13)) >>> 0;
}

type Rng = () => number;

function pick<T>(rng: Rng, xs: readonly T[]): T {
  return xs[Math.floor(rng() * xs.length)]!;
}

/** Skewed pick: early entries are much more common (a rough Zipf), as with real surnames. */
function skewPick<T>(rng: Rng, xs: readonly T[]): T {
  return xs[Math.floor(Math.pow(rng(), 1.6) * xs.length)]!;
}

function weighted<T>(rng: Rng, items: readonly (readonly [T, number])[]): T {
  let total = 0;
  for (const [, w] of items) total += w;
  let r = rng() * total;
  for (const [x, w] of items) {
    r -= w;
    if (r < 0) return x;
  }
  return items[items.length - 1]![0];
}

function capFirst(s: string): string {
  return s.length ? s[0]!.toUpperCase() + s.slice(1) : s;
}

function wordCount(key: string): number {
  return key ? key.split(' ').length : 0;
}

/** The last word of a key: what surnameKey gives for our names (we never generate "Jr", "III"). */
function lastWord(key: string): string {
  const sp = key.lastIndexOf(' ');
  return sp < 0 ? key : key.slice(sp + 1);
}

// ---------------------------------------------------------------------------------------------
// Name pools

interface Origin {
  id: string;
  /** Share of persons of this origin. */
  weight: number;
  male: readonly string[];
  female: readonly string[];
  surnames: readonly string[];
  /** Syllable-based surname synthesis; must be deterministic in rng. */
  synth: (rng: Rng) => string;
  /** Chance that a person of this origin gets transliteration aliases. */
  aliasProb: number;
  middleProb: number;
  /** Feminine surname form (Slavic). */
  feminine?: (surname: string) => string;
  /** Surname written with its particles (al-, da, Lo, ...), chosen at random. */
  decorate?: (surname: string, rng: Rng) => string;
}

/** Real surnames carry this share of persons; the rest come from each origin's synthetic universe. */
const REAL_SURNAME_SHARE = 0.35;
/** Size of each origin's synthetic surname universe (drawn with a skew, so many are shared). */
const SYNTH_UNIVERSE = 60_000;

const AR_MALE = [
  'Mohammed', 'Muhammad', 'Mohamed', 'Ahmed', 'Ahmad', 'Ali', 'Omar', 'Umar', 'Khalifa', 'Khaled', 'Khalid',
  'Abdulhamid', 'Abdel Hamid', 'Abdelrahman', 'Abdul Rahman', 'Abdullah', 'Abdel Fattah', 'Abdelkader', 'Fayez',
  'Fathi', 'Aguila', 'Osama', 'Usama', 'Mustafa', 'Moustafa', 'Ibrahim', 'Youssef', 'Yusuf', 'Hassan',
  'Hussein', 'Hamza', 'Tarek', 'Tariq', 'Saif', 'Saddam', 'Belgasem', 'Belqasim', 'Bashir', 'Najeem', 'Salah',
  'Salem', 'Mahmoud', 'Mahmud', 'Walid', 'Nasser', 'Jamal', 'Kamal', 'Hisham', 'Hamad', 'Faraj', 'Mabrouk',
  'Nouri', 'Emad', 'Imad', 'Ramadan', 'Anas', 'Sami', 'Adel', 'Karim', 'Hafez', 'Mansour', 'Zakaria', 'Idris',
  'Suleiman', 'Sulaiman', 'Marwan', 'Rashid', 'Faisal', 'Haitham', 'Ezzedine', 'Moncef', 'Rached', 'Habib',
  'Abubakr', 'Ayoub', 'Bilal', 'Jalal', 'Mukhtar', 'Said', 'Othman', 'Osman', 'Younes', 'Abdelaziz', 'Dhaw',
];
const AR_FEMALE = [
  'Fatima', 'Fatma', 'Aisha', 'Aicha', 'Khadija', 'Mariam', 'Maryam', 'Najla', 'Hanan', 'Salwa', 'Amal',
  'Leila', 'Layla', 'Zainab', 'Zeinab', 'Nour', 'Huda', 'Samira', 'Rania', 'Nadia', 'Dalia', 'Asma', 'Hiba',
  'Sihem', 'Halima', 'Naima', 'Souad', 'Hajer', 'Randa', 'Rim', 'Wafa', 'Yasmin', 'Jamila', 'Latifa',
];
const AR_SURNAMES = [
  'Haftar', 'Dbeibah', 'Dabaiba', 'Masri', 'Sarraj', 'Gaddafi', 'Bashagha', 'Mishri', 'Menfi', 'Sisi', 'Burhan',
  'Hamdan', 'Zintani', 'Misrati', 'Obeidi', 'Barghathi', 'Warfalli', 'Tarhuni', 'Mahjoub', 'Kabir', 'Shukri',
  'Ghannouchi', 'Bouteflika', 'Tebboune', 'Saied', 'Mansour', 'Hariri', 'Aoun', 'Nasrallah', 'Assad', 'Qahtani',
  'Otaibi', 'Thani', 'Nahyan', 'Zidane', 'Benkirane', 'Akhannouch', 'Belhadj', 'Ben Ali', 'Ben Salem', 'Abu Zeid',
  'Abu Shagur', 'Abu Sahmain', 'Jadhran', 'Sallabi', 'Bakkoush', 'Kikli', 'Swehli', 'Shaikhi', 'Zawi',
  'Gharyani', 'Ashour', 'Bugaighis', 'Mangoush', 'Shaladi', 'Muntasser', 'Zeidan', 'Jibril', 'Fitouri', 'Amari',
  'Hammami', 'Jebali', 'Marzouki', 'Chahed', 'Mechichi', 'Mourad', 'Bouazizi', 'Tounsi', 'Sharif', 'Hashemi',
  'Husseini', 'Khatib', 'Najjar', 'Haddad', 'Khoury', 'Saleh', 'Hakim', 'Mahmoudi', 'Maiteeq', 'Juwaili',
  'Nakua', 'Shennib', 'Buzreiba', 'Fergiani', 'Agouri', 'Ghwell', 'Kara', 'Lamloum', 'Bukhatwa', 'Ferjani',
];

const IT_MALE = [
  'Giuseppe', 'Giovanni', 'Antonio', 'Mario', 'Luigi', 'Francesco', 'Angelo', 'Vincenzo', 'Pietro', 'Salvatore',
  'Carlo', 'Franco', 'Domenico', 'Bruno', 'Paolo', 'Michele', 'Giorgio', 'Matteo', 'Alessandro', 'Lorenzo',
  'Andrea', 'Marco', 'Luca', 'Stefano', 'Roberto', 'Massimo', 'Gennaro', 'Nicola', 'Raffaele', 'Gianluca',
  'Alfredo', 'Guido', 'Carmelo', 'Rocco', 'Sergio', 'Fabrizio', 'Maurizio', 'Claudio', 'Enrico', 'Riccardo',
  'Niccolò', 'Ignazio', 'Adolfo', 'Guido', 'Gianfranco',
];
const IT_FEMALE = [
  'Giorgia', 'Maria', 'Anna', 'Giulia', 'Francesca', 'Chiara', 'Sara', 'Laura', 'Valentina', 'Alessia', 'Elena',
  'Federica', 'Silvia', 'Roberta', 'Paola', 'Elly', 'Marta', 'Teresa', 'Rosaria', 'Carmela', 'Lucia', 'Simona',
  'Daniela', 'Ilaria', 'Beatrice', 'Marina', 'Daniela', 'Mara',
];
const IT_SURNAMES = [
  'Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno',
  'Gallo', 'Conti', 'De Luca', 'Mancini', 'Costa', 'Giordano', 'Rizzo', 'Lombardi', 'Moretti', 'Meloni',
  'Salvini', 'Tajani', 'Piantedosi', 'Nordio', 'Mantovano', 'Crosetto', 'Lollobrigida', 'Santanchè', 'Calderoli',
  'Schlein', 'Conte', 'Renzi', 'Di Maio', 'Lo Voi', 'Li Gotti', 'Lo Russo', 'Della Vedova', 'Mattarella', 'Draghi',
  'Gentiloni', 'Minniti', 'Lamorgese', 'Falcone', 'Borsellino', 'Cantone', 'Gratteri', 'Musumeci', 'Zaia',
  'Fontana', 'De Magistris', 'Di Pietro', 'La Russa', 'Lo Bello', 'Cusumano', 'Scarpinato', 'Nicolò', 'Caruso',
];

const IB_MALE = [
  'José', 'João', 'Juan', 'Luis', 'Luís', 'Carlos', 'Miguel', 'António', 'Manuel', 'Francisco', 'Pedro',
  'Rafael', 'Sebastián', 'Andrés', 'Ramón', 'Jorge', 'Javier', 'Fernando', 'Gonçalo', 'Rui', 'Nuno', 'Tiago',
  'Diego', 'Álvaro', 'Alejandro', 'Joaquim', 'Sérgio', 'Marcelo', 'Paulo', 'Íñigo', 'Jesús', 'Agustín',
];
const IB_FEMALE = [
  'María', 'Ana', 'Carmen', 'Inês', 'Beatriz', 'Lucía', 'Sofía', 'Isabel', 'Mariana', 'Joana', 'Leonor',
  'Dolores', 'Pilar', 'Raquel', 'Teresa', 'Marta', 'Catarina', 'Margarida', 'Conceição', 'Yolanda', 'Irene',
  'Mónica', 'Begoña', 'Ángela',
];
const IB_SURNAMES = [
  'da Silva', 'dos Santos', 'Fernández', 'González', 'Rodríguez', 'López', 'Martínez', 'Sánchez', 'Pérez',
  'Gómez', 'Díaz', 'Ferreira', 'Pereira', 'Oliveira', 'Costa', 'Rodrigues', 'Martins', 'Sousa', 'de Souza',
  'Gonçalves', 'Carvalho', 'Almeida', 'Lopes', 'Ribeiro', 'Conceição', 'Muñoz', 'Núñez', 'Jiménez', 'Ruiz',
  'Hernández', 'Moreno', 'Álvarez', 'Romero', 'Navarro', 'Torres', 'Domínguez', 'Vázquez', 'Ramos', 'Gil',
  'Serrano', 'Blanco', 'Suárez', 'Molina', 'Castro', 'Ortega', 'Rubio', 'Marín', 'Sanz', 'Iglesias', 'Medina',
  'Garrido', 'de la Cruz', 'dos Reis', 'da Costa', 'Albares', 'Marlaska', 'Guterres', 'Rebelo',
];

const SL_MALE = [
  'Aleksandr', 'Dmitri', 'Sergei', 'Vladimir', 'Yevgeny', 'Mikhail', 'Nikolai', 'Andrei', 'Ivan', 'Oleg', 'Igor',
  'Pavel', 'Yuri', 'Viktor', 'Milorad', 'Dragan', 'Zoran', 'Goran', 'Marko', 'Aleksandar', 'Tomasz', 'Piotr',
  'Krzysztof', 'Andrzej', 'Jan', 'Bohdan', 'Oleksandr', 'Volodymyr', 'Taras', 'Petro', 'Vitali', 'Miroslav',
  'Bojan', 'Nenad', 'Stanislav', 'Boris', 'Anatoly', 'Grigory', 'Maksim', 'Denis', 'Ramzan', 'Radovan',
];
const SL_FEMALE = [
  'Olga', 'Natalia', 'Yelena', 'Tatiana', 'Irina', 'Svetlana', 'Anna', 'Maria', 'Jelena', 'Snežana', 'Ivana',
  'Katarzyna', 'Agnieszka', 'Małgorzata', 'Yulia', 'Oksana', 'Daria', 'Marija', 'Vesna', 'Milica', 'Lyudmila',
  'Ekaterina', 'Beata',
];
const SL_SURNAMES = [
  'Petrov', 'Ivanov', 'Smirnov', 'Kuznetsov', 'Popov', 'Sokolov', 'Lebedev', 'Kozlov', 'Novikov', 'Morozov',
  'Volkov', 'Lavrov', 'Shoigu', 'Prigozhin', 'Peskov', 'Medvedev', 'Navalny', 'Kadyrov', 'Zakharov', 'Kovačević',
  'Jovanović', 'Petrović', 'Nikolić', 'Marković', 'Đorđević', 'Stojanović', 'Vučić', 'Novak', 'Kowalski',
  'Wiśniewski', 'Wójcik', 'Kamiński', 'Lewandowski', 'Zieliński', 'Szymański', 'Shevchenko', 'Kovalenko',
  'Bondarenko', 'Tkachenko', 'Kravchuk', 'Poroshenko', 'Zelensky', 'Klitschko', 'Yermak', 'Podolyak', 'Kuleba',
  'Dvořák', 'Horváth', 'Babiš', 'Karadžić', 'Mladić', 'Gerasimov', 'Surovikin', 'Utkin',
];

const TR_MALE = [
  'Recep', 'Tayyip', 'Mehmet', 'Mustafa', 'Ahmet', 'Ali', 'Hüseyin', 'Hasan', 'İbrahim', 'İsmail', 'Osman',
  'Yusuf', 'Murat', 'Ömer', 'Kemal', 'Hakan', 'Gökhan', 'Çağlar', 'Şükrü', 'Süleyman', 'Bülent', 'Ertuğrul',
  'Oğuz', 'Selçuk', 'Tolga', 'Emre', 'Burak', 'Kerem', 'Levent', 'Hulusi', 'Mevlüt', 'Devlet', 'Binali', 'Ekrem',
  'Fuat', 'Cengiz', 'Erdal', 'Uğur',
];
const TR_FEMALE = [
  'Ayşe', 'Fatma', 'Emine', 'Hatice', 'Zeynep', 'Elif', 'Meral', 'Tansu', 'Gülşen', 'Şule', 'Özlem', 'Derya',
  'Ebru', 'Canan', 'Selin', 'Büşra', 'Gökçe', 'Nilüfer', 'Sevgi', 'Dilek',
];
const TR_SURNAMES = [
  'Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Yıldırım', 'Öztürk', 'Aydın', 'Özdemir', 'Arslan',
  'Doğan', 'Kılıç', 'Aslan', 'Çetin', 'Kara', 'Koç', 'Kurt', 'Özkan', 'Şimşek', 'Erdoğan', 'Kılıçdaroğlu',
  'Davutoğlu', 'Akşener', 'Bahçeli', 'İmamoğlu', 'Fidan', 'Soylu', 'Çavuşoğlu', 'Babacan', 'Gül', 'Akar',
  'Bayraktar', 'Güler', 'Ünal', 'Başaran', 'Aksoy', 'Ergün', 'Polat', 'Tekin',
];

const FR_MALE = [
  'Jean', 'Jean-Luc', 'Jean-Yves', 'Pierre', 'François', 'Emmanuel', 'Jérôme', 'Benoît', 'Stéphane', 'Frédéric',
  'Loïc', 'Gérald', 'Hervé', 'Thierry', 'Éric', 'Sébastien', 'Nicolas', 'Olivier', 'Laurent', 'Dominique',
  'Gabriel', 'Édouard', 'Bruno', 'Raphaël', 'Aurélien', 'Clément', 'Mathieu', 'Julien', 'Gérard', 'Michel',
];
const FR_FEMALE = [
  'Marine', 'Hélène', 'Amélie', 'Céline', 'Élisabeth', 'Ségolène', 'Anne', 'Valérie', 'Brigitte', 'Chloé', 'Léa',
  'Manon', 'Camille', 'Cécile', 'Isabelle', 'Sandrine', 'Aurore', 'Agnès', 'Marion', 'Nathalie', 'Émilie',
];
const FR_SURNAMES = [
  'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon',
  'Laurent', 'Lefèvre', 'Michel', 'Fournier', 'Girard', 'Bonnet', 'Dupont', 'Lambert', 'Fontaine', 'Rousseau',
  'Vincent', 'Mélenchon', 'Le Pen', 'Macron', 'Darmanin', 'Retailleau', 'Barnier', 'Attal', 'Bayrou', 'Le Drian',
  'de Villepin', 'Hollande', 'Jospin', 'Mitterrand', 'Chirac', 'Bardella', 'Zemmour', 'Castex', 'Lévy',
  'Thévenin', 'Bérard', 'Séjourné', 'Bérégovoy', 'Lecornu', 'Wauquiez', 'Pécresse', 'Hidalgo', 'Béchu', 'Véran',
];

const EN_MALE = [
  'John', 'James', 'Michael', 'David', 'Robert', 'William', 'Richard', 'Thomas', 'Mark', 'Paul', 'Steven',
  'Andrew', 'Kenneth', 'Joshua', 'Kevin', 'Brian', 'George', 'Timothy', 'Ronald', 'Jason', 'Edward', 'Jeffrey',
  'Ryan', 'Jacob', 'Gary', 'Nicholas', 'Eric', 'Jonathan', 'Stephen', 'Justin', 'Scott', 'Benjamin', 'Samuel',
  'Keir', 'Rishi', 'Daniel', 'Christopher', 'Matthew', 'Peter', 'Alan',
];
const EN_FEMALE = [
  'Mary', 'Patricia', 'Jennifer', 'Linda', 'Elizabeth', 'Barbara', 'Susan', 'Jessica', 'Sarah', 'Karen', 'Lisa',
  'Nancy', 'Margaret', 'Sandra', 'Ashley', 'Emily', 'Donna', 'Michelle', 'Carol', 'Amanda', 'Melissa', 'Deborah',
  'Stephanie', 'Rebecca', 'Laura', 'Helen', 'Priti', 'Yvette', 'Suella', 'Kemi', 'Rachel', 'Angela',
];
const EN_SURNAMES = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Anderson', 'Taylor', 'Thomas',
  'Moore', 'Jackson', 'Martin', 'Lee', 'Thompson', 'White', 'Harris', 'Clark', 'Lewis', 'Robinson', 'Walker',
  'Young', 'Allen', 'King', 'Wright', 'Scott', 'Hill', 'Green', 'Adams', 'Baker', 'Nelson', 'Carter', 'Mitchell',
  'Roberts', 'Turner', 'Phillips', 'Campbell', 'Parker', 'Evans', 'Edwards', 'Collins', 'Stewart', 'Morris',
  "O'Brien", "O'Connor", 'McCarthy', 'Starmer', 'Sunak', 'Cameron', 'Blair', 'Cooper', 'Braverman', 'Badenoch',
  'Lammy', 'Reeves', 'Rayner', 'Patel', 'Hughes', 'Murphy',
];

const AF_MALE = [
  'Amadou', 'Moussa', 'Oumar', 'Mamadou', 'Ibrahima', 'Abdoulaye', 'Boubacar', 'Souleymane', 'Ousmane', 'Seydou',
  'Assimi', 'Mahamat', 'Idriss', 'Kwame', 'Kofi', 'Kwabena', 'Yaw', 'Chukwuemeka', 'Olusegun', 'Oluwaseun',
  'Adebayo', 'Babatunde', 'Goodluck', 'Bola', 'Muhammadu', 'Uhuru', 'Raila', 'Kipchoge', 'Jomo', 'Abiy',
  'Tesfaye', 'Mekonnen', 'Isaias', 'Abdirahman', 'Salva', 'Riek', 'Yoweri', 'Félix', 'Emmerson', 'Cyril',
  'Hakainde', 'Macky', 'Bassirou', 'Ousmane', 'Tiémoko', 'Alpha',
];
const AF_FEMALE = [
  'Fatoumata', 'Aminata', 'Mariam', 'Aïssata', 'Kadiatou', 'Awa', 'Ngozi', 'Chimamanda', 'Folake', 'Yetunde',
  'Wanjiru', 'Wangari', 'Akinyi', 'Amina', 'Ellen', 'Joyce', 'Samia', 'Hirut', 'Mekdes', 'Winnie', 'Graça',
  'Adwoa', 'Efua', 'Nneka',
];
const AF_SURNAMES = [
  'Traoré', 'Diallo', 'Keïta', 'Coulibaly', 'Ouédraogo', 'Touré', 'Konaté', 'Diarra', 'Sow', 'Diop', 'Ndiaye',
  'Fall', 'Sall', 'Faye', 'Kaboré', 'Compaoré', 'Bazoum', 'Tchiani', 'Goïta', 'Déby', 'Tinubu', 'Buhari',
  'Obasanjo', 'Okonkwo', 'Adeyemi', 'Okafor', 'Eze', 'Nwosu', 'Mensah', 'Owusu', 'Boateng', 'Asante', 'Appiah',
  'Kamau', 'Otieno', 'Mwangi', 'Ochieng', 'Wanjiku', 'Kenyatta', 'Odinga', 'Ruto', 'Museveni', 'Kagame',
  'Tshisekedi', 'Kabila', 'Girma', 'Bekele', 'Haile', 'Afwerki', 'Kiir', 'Machar', 'Dagalo', 'Ramaphosa',
  'Mnangagwa', 'Zuma', 'Mbeki', 'Hichilema', 'Faye', 'Sonko', 'Tiani',
];

// ---- syllable synthesis ----

const VOWEL_START_RE = /^[aeiouyàáâäãåèéêëìíîïòóôöõùúûüıœæ]/i;
const VOWEL_END_RE = /[aeiouy]+$/;

interface SynthSpec {
  onsets: readonly string[];
  vowels: readonly string[];
  syllables: readonly [number, number];
  suffixes: readonly string[];
  suffixProb: number;
  /** Closing consonants put before a consonant-initial suffix ("Brad" + "ley"). */
  codas?: readonly string[];
}

/** Vowel runs that read as typos rather than names ("Guuvieri", "Oueoui"). */
const BAD_VOWELS_RE = /aa|ii|uu|[aeiou]{4}|(?!eau)[aeiou]{3}/;

function syllableSynth(spec: SynthSpec): (rng: Rng) => string {
  return (rng) => {
    for (let attempt = 0; ; attempt++) {
      const k = spec.syllables[0] + Math.floor(rng() * (spec.syllables[1] - spec.syllables[0] + 1));
      let root = '';
      for (let i = 0; i < k; i++) root += pick(rng, spec.onsets) + pick(rng, spec.vowels);
      if (rng() < spec.suffixProb) {
        const suffix = pick(rng, spec.suffixes);
        if (VOWEL_START_RE.test(suffix)) root = root.replace(VOWEL_END_RE, '');
        else if (spec.codas && rng() < 0.7) root += pick(rng, spec.codas);
        root += suffix;
      }
      if ((root.length >= 4 && !/(.)\1\1/.test(root) && !BAD_VOWELS_RE.test(root)) || attempt > 20) return capFirst(root);
    }
  };
}

const AR_CONS = ['b', 't', 'th', 'j', 'h', 'kh', 'd', 'dh', 'r', 'z', 's', 'sh', 'f', 'q', 'k', 'l', 'm', 'n', 'w', 'y', 'gh', 'g'];
const AR_SINGLE = ['b', 't', 'j', 'h', 'd', 'r', 'z', 's', 'f', 'q', 'k', 'l', 'm', 'n', 'g'];
/** First consonants of a cluster that take any second one (Haftar, Masri, Barghathi, Mahjoub, Zintani). */
const AR_CLUSTER_OPENERS = new Set(['r', 'l', 'm', 'n', 's', 'h', 'f', 'sh', 'gh', 'kh', 'z']);
const AR_VOWELS = ['a', 'a', 'a', 'i', 'i', 'u', 'e', 'ou', 'ei'];
/**
 * Arabic-looking surname shapes: C consonant, V vowel, D/E the first two consonants of a
 * Dbeiba-like onset cluster, lower-case letters literal.
 */
const AR_TEMPLATES = [
  'CVCCVC', 'CVCCVCi', 'CuCVCi', 'CVCiC', 'CVCCVCa', 'CVCVCi', 'CVCCouC', 'CiCCiC', 'CVCCVCawi', 'CVCVCani',
  'DEeiCa', 'CVCCVCah', 'CVCCi', 'CVCVC', 'CVCVCi', 'benCVCVC', 'CVCCVCi', 'CVCCVCani',
];

function arabicSynth(rng: Rng): string {
  for (let attempt = 0; ; attempt++) {
    const tpl = pick(rng, AR_TEMPLATES);
    let out = '';
    let prev = ''; // the previous consonant when the previous letter was one, else ''
    for (let i = 0; i < tpl.length; i++) {
      const ch = tpl[i]!;
      const nextIsVowel = i + 1 < tpl.length && /[Vaeiou]/.test(tpl[i + 1]!);
      let add: string;
      if (ch === 'C') {
        if (prev === '') {
          add = pick(rng, nextIsVowel ? AR_CONS : AR_SINGLE);
        } else if (rng() < 0.3 && prev.length === 1) {
          add = prev; // Sarraj, Gaddafi, Bakkoush
        } else {
          add = AR_CLUSTER_OPENERS.has(prev) ? pick(rng, AR_SINGLE) : pick(rng, ['r', 'l', 'n', 'm']);
          if (add === prev) add = 'r' === prev ? 'b' : 'r';
        }
        prev = add;
      } else if (ch === 'D') {
        add = pick(rng, ['d', 'b', 'k', 'g', 'z', 'sh', 'q']);
        prev = add;
      } else if (ch === 'E') {
        add = pick(rng, ['b', 'r', 'l', 'w', 'n']);
        prev = add;
      } else if (ch === 'V') {
        add = pick(rng, AR_VOWELS);
        prev = '';
      } else {
        add = ch;
        prev = /[aeiou]/.test(ch) ? '' : ch;
      }
      out += add;
    }
    const word = tpl.startsWith('ben') ? `Ben${out.slice(3)}` : out;
    if ((word.length >= 4 && !/(.)\1\1/.test(word) && !BAD_VOWELS_RE.test(word.toLowerCase()) && !/^(al|el)/i.test(word)) || attempt > 20) return capFirst(word);
  }
}

const TR_PART1 = [
  'Kara', 'Ak', 'Öz', 'Er', 'Gül', 'Yıl', 'Demir', 'Taş', 'Kay', 'Tur', 'Sarı', 'Bay', 'Çak', 'Ay', 'Gün', 'Ok',
  'Tek', 'Uç', 'Koç', 'Dağ', 'Kıl', 'Çet', 'Şen', 'Boz', 'Kır', 'Ateş', 'Yücel', 'Tan', 'Gök', 'Kızıl', 'Ulu',
  'Sev', 'Bil', 'Kut', 'Alp', 'Aslan', 'Deniz', 'Yavuz', 'Kurt',
];
const TR_PART2 = [
  'oğlu', 'türk', 'han', 'er', 'can', 'soy', 'dağ', 'taş', 'kaya', 'baş', 'lı', 'man', 'ay', 'el', 'gün', 'ok',
  'tekin', 'yiğit', 'kurt', 'alp', 'demir', 'göz', 'bek', 'düz', 'ova', 'çay', 'kan', 'ören',
];
const trSyll = syllableSynth({
  onsets: ['b', 'c', 'ç', 'd', 'g', 'h', 'k', 'm', 'n', 's', 'ş', 't', 'y', 'z', 'v', 'ö', 'ü', ''],
  vowels: ['a', 'e', 'ı', 'i', 'o', 'ö', 'u', 'ü'],
  syllables: [2, 2],
  suffixes: TR_PART2,
  suffixProb: 1,
});
function turkishSynth(rng: Rng): string {
  if (rng() < 0.5) {
    const a = pick(rng, TR_PART1);
    const b = pick(rng, TR_PART2);
    return capFirst(a + b);
  }
  return trSyll(rng);
}

const ORIGINS: readonly Origin[] = [
  {
    id: 'arabic',
    weight: 0.3,
    male: AR_MALE,
    female: AR_FEMALE,
    surnames: AR_SURNAMES,
    synth: arabicSynth,
    aliasProb: 0.62,
    middleProb: 0.3,
    decorate: (s, rng) => (/^(ben|abu) /i.test(s) || rng() >= 0.3 ? s : withParticle(s, rng)),
  },
  {
    id: 'italian',
    weight: 0.1,
    male: IT_MALE,
    female: IT_FEMALE,
    surnames: IT_SURNAMES,
    synth: syllableSynth({
      onsets: ['b', 'c', 'd', 'f', 'g', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'cr', 'fr', 'gr', 'pr', 'tr', 'st', 'sc', 'gi', 'ci', 'ch', 'gu'],
      vowels: ['a', 'e', 'i', 'o', 'u', 'a', 'o'],
      syllables: [2, 2],
      suffixes: ['ini', 'etti', 'elli', 'one', 'ucci', 'ato', 'esi', 'ano', 'ardi', 'ieri', 'aro', 'ello', 'otti', 'enti', 'asso', 'ilio', 'uzzi', 'acci', 'ola', 'ino', 'ari', 'oni', 'ese', 'osi'],
      suffixProb: 1,
    }),
    aliasProb: 0.1,
    middleProb: 0.1,
    decorate: (s, rng) => (rng() < 0.1 && !s.includes(' ') ? `${pick(rng, ['De', 'Di', 'Lo', 'Li', 'La', 'Della', 'Del'])} ${s}` : s),
  },
  {
    id: 'iberian',
    weight: 0.1,
    male: IB_MALE,
    female: IB_FEMALE,
    surnames: IB_SURNAMES,
    synth: syllableSynth({
      onsets: ['b', 'c', 'd', 'f', 'g', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'ch', 'll', 'j', 'qu', 'br', 'tr', 'gu'],
      vowels: ['a', 'e', 'i', 'o', 'u', 'a', 'e'],
      syllables: [2, 2],
      suffixes: ['ez', 'es', 'eira', 'ado', 'inho', 'ero', 'ales', 'anco', 'ida', 'ente', 'illo', 'ueira', 'ão', 'edo', 'ares', 'ino', 'osa', 'ández', 'ázquez'],
      suffixProb: 1,
    }),
    aliasProb: 0.1,
    middleProb: 0.25,
    decorate: (s, rng) => (rng() < 0.12 && !s.includes(' ') ? `${pick(rng, ['da', 'dos', 'de', 'del', 'de la'])} ${s}` : s),
  },
  {
    id: 'slavic',
    weight: 0.1,
    male: SL_MALE,
    female: SL_FEMALE,
    surnames: SL_SURNAMES,
    synth: syllableSynth({
      onsets: ['b', 'v', 'g', 'd', 'z', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'kr', 'pr', 'br', 'gr', 'dr', 'st', 'sm', 'sv', 'zh', 'ch', 'sh', 'kh'],
      vowels: ['a', 'e', 'i', 'o', 'u', 'o', 'ya'],
      syllables: [2, 2],
      suffixes: ['ov', 'ev', 'in', 'enko', 'uk', 'chuk', 'ić', 'ović', 'ević', 'ski', 'sky', 'ak', 'ek', 'ich', 'ko', 'yuk', 'ets', 'owski', 'iak'],
      suffixProb: 1,
    }),
    aliasProb: 0.45,
    middleProb: 0.1,
    feminine: (s) => {
      if (/(ov|ev|in)$/.test(s)) return `${s}a`;
      if (s.endsWith('sky')) return `${s.slice(0, -1)}aya`;
      if (s.endsWith('ski')) return `${s.slice(0, -1)}a`;
      if (s.endsWith('ny')) return `${s.slice(0, -1)}aya`;
      return s;
    },
  },
  {
    id: 'turkish',
    weight: 0.08,
    male: TR_MALE,
    female: TR_FEMALE,
    surnames: TR_SURNAMES,
    synth: turkishSynth,
    aliasProb: 0.15,
    middleProb: 0.15,
  },
  {
    id: 'french',
    weight: 0.08,
    male: FR_MALE,
    female: FR_FEMALE,
    surnames: FR_SURNAMES,
    synth: syllableSynth({
      onsets: ['b', 'br', 'c', 'ch', 'cl', 'd', 'f', 'fr', 'g', 'gr', 'j', 'l', 'm', 'n', 'p', 'pl', 'r', 's', 't', 'tr', 'v'],
      vowels: ['a', 'e', 'i', 'o', 'ou', 'au', 'é', 'è', 'a'],
      syllables: [1, 2],
      suffixes: ['ier', 'ard', 'et', 'eau', 'ot', 'in', 'ère', 'aud', 'ois', 'ac', 'ville', 'court', 'mont', 'elle', 'oux', 'ée', 'at', 'ant', 'and', 'ès'],
      suffixProb: 1,
    }),
    aliasProb: 0.08,
    middleProb: 0.1,
    decorate: (s, rng) => (rng() < 0.06 && !s.includes(' ') ? `${pick(rng, ['de', 'Le', 'du'])} ${s}` : s),
  },
  {
    id: 'english',
    weight: 0.1,
    male: EN_MALE,
    female: EN_FEMALE,
    surnames: EN_SURNAMES,
    synth: syllableSynth({
      onsets: ['b', 'br', 'c', 'ch', 'cr', 'd', 'f', 'fl', 'g', 'gr', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'r', 's', 'sh', 'st', 't', 'th', 'w', 'wh'],
      vowels: ['a', 'e', 'i', 'o', 'u', 'ea', 'oo', 'ai', 'a'],
      syllables: [1, 2],
      suffixes: ['ton', 'ley', 'wood', 'field', 'son', 'ford', 'ham', 'well', 'by', 'worth', 'ington', 'er', 'ridge', 'man', 'more', 'den', 'stone', 'hurst', 'kins', 'ings'],
      suffixProb: 1,
      codas: ['d', 'l', 'n', 'r', 's', 't', 'nd', 'rt', 'ck', 'sh', 'th', 'm', 'rn', 'ng', 'lt', 'x'],
    }),
    aliasProb: 0.05,
    middleProb: 0.2,
  },
  {
    id: 'african',
    weight: 0.14,
    male: AF_MALE,
    female: AF_FEMALE,
    surnames: AF_SURNAMES,
    synth: syllableSynth({
      onsets: ['b', 'd', 'k', 't', 's', 'm', 'n', 'g', 'f', 'y', 'kw', 'gb', 'nd', 'mb', 'ts', 'ch', 'w', 'j', 'l', 'r', 'z', 'ny'],
      vowels: ['a', 'e', 'i', 'o', 'u', 'a', 'ou'],
      syllables: [2, 3],
      suffixes: ['ogo', 'aye', 'ara', 'ibe', 'ama', 'ah', 'ema', 'uwa', 'ike', 'ade', 'emi', 'ola', 'oko', 'ngi', 'eno', 'ani', 'uku', 'ala', 'iri', 'ete', 'ayo', 'oré', 'aoré'],
      suffixProb: 0.55,
    }),
    aliasProb: 0.3,
    middleProb: 0.12,
  },
];
const ORIGIN_WEIGHTS = ORIGINS.map((o) => [o, o.weight] as const);

// ---- Arabic particles ----

const SUN_PREFIX_RE = /^(sh|th|dh|[tdrzsn])/;

/** "Masri" -> "al-Masri", "Al-Masri", "el-Masri", "Al Masri", "Almasri", "as-Sarraj", ... */
function withParticle(surname: string, rng: Rng): string {
  const lower = surname.toLowerCase();
  const sun = SUN_PREFIX_RE.exec(lower);
  const form = weighted(rng, [
    ['al-', 35],
    ['Al-', 20],
    ['el-', 10],
    ['El-', 5],
    ['Al ', 5],
    ['glued', 15],
    ['sun', sun ? 6 : 0],
  ] as const);
  if (form === 'glued') {
    const glued = `${rng() < 0.8 ? 'Al' : 'El'}${lower}`;
    // Only when nameKey still sees "al" + name; "Alamin" would keep its "al" and read as another name.
    return nameKey(glued) === lower ? glued : `al-${surname}`;
  }
  if (form === 'sun') return `a${sun![1]}-${surname}`;
  return form + surname;
}

// ---------------------------------------------------------------------------------------------
// Transliteration variants

/** Words that are particles, never rewritten by letter rules. */
const FIXED_PARTICLES = new Set([
  'bin', 'ibn', 'bint', 'abu', 'ben', 'de', 'di', 'da', 'dos', 'das', 'do', 'del', 'della', 'dell', 'lo', 'li',
  'la', 'le', 'du', 'van', 'von', 'der', 'y', 'e', 'and', 'of', 'for', 'the', 'in',
  // place-name heads ("Ras Lanuf", "Bir Hakim"): spelled the same way everywhere
  'ras', 'bir', 'wadi', 'sidi', 'ain', 'jebel', 'kafr', 'tell', 'san', 'monte', 'porto', 'port', 'novo', 'camp',
]);
const HYPHEN_PARTICLES = new Set(['al', 'el', 'ad', 'as', 'ash', 'an', 'ar', 'at', 'az', 'ath', 'adh']);
const ABD_SPACED = new Set(['abd', 'abdel', 'abdul', 'abdal']);
const ABD_GLUED = /^abd(?:el|ul|al)([a-z]{3,})$/;
const ABD_FORMS: readonly ((core: string) => string)[] = [
  (c) => `Abdul${c}`,
  (c) => `Abdel${c}`,
  (c) => `Abdel ${capFirst(c)}`,
  (c) => `Abdul ${capFirst(c)}`,
  (c) => `Abd al-${capFirst(c)}`,
  (c) => `Abd el-${capFirst(c)}`,
];

interface Tok {
  /** Separator before this token: '' (first), ' ' or '-'. */
  sep: string;
  /** Original text, used while the token is untouched. */
  orig: string;
  /** Lower-case core the rules rewrite (the name without its particle). */
  core: string;
  cap: boolean;
  editable: boolean;
  particle: string | null;
  /** Between particle and core: '-', ' ' or '' (glued). */
  joiner: string;
  /** Index into ABD_FORMS, -1 when the token is not an "Abd al-X" name. */
  abd: number;
  dirty: boolean;
}

function plainTok(sep: string, text: string): Tok {
  const lower = text.toLowerCase();
  const editable = /^[a-z]+$/.test(lower) && !FIXED_PARTICLES.has(lower) && (text === lower || text === capFirst(lower));
  return { sep, orig: text, core: lower, cap: text !== lower, editable, particle: null, joiner: '', abd: -1, dirty: false };
}

function coreTok(sep: string, orig: string, core: string, particle: string | null, joiner: string, abd: number): Tok {
  const lower = core.toLowerCase();
  return { sep, orig, core: lower, cap: true, editable: /^[a-z]+$/.test(lower), particle, joiner, abd, dirty: false };
}

function parseName(name: string): Tok[] {
  const words = name.split(' ').filter((w) => w.length > 0);
  const toks: Tok[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const lw = w.toLowerCase();
    const sep = toks.length ? ' ' : '';
    const next = words[i + 1];
    // "Al Masri", "el Sisi"
    if ((lw === 'al' || lw === 'el') && next !== undefined && /^\p{Lu}[\p{Ll}]+$/u.test(next)) {
      toks.push(coreTok(sep, `${w} ${next}`, next, w, ' ', -1));
      i++;
      continue;
    }
    // "Abdel Hamid", "Abdul Rahman", "Abd al-Rahman"
    if (ABD_SPACED.has(lw) && next !== undefined) {
      const m = /^(?:al|el)-(\p{L}+)$/u.exec(next);
      const core = m ? m[1]! : next;
      if (/^\p{Lu}[a-z]{2,}$/u.test(core)) {
        const form = m ? (next.startsWith('el') ? 5 : 4) : lw === 'abdul' ? 3 : 2;
        toks.push(coreTok(sep, `${w} ${next}`, core, null, '', form));
        i++;
        continue;
      }
    }
    const glAbd = ABD_GLUED.exec(lw);
    if (glAbd && !glAbd[1]!.startsWith('la') && w === capFirst(lw)) {
      toks.push(coreTok(sep, w, glAbd[1]!, null, '', lw.startsWith('abdul') ? 0 : 1));
      continue;
    }
    const parts = w.split('-');
    if (parts.length === 2 && HYPHEN_PARTICLES.has(parts[0]!.toLowerCase()) && parts[1]!.length > 1) {
      toks.push(coreTok(sep, w, parts[1]!, parts[0]!, '-', -1));
      continue;
    }
    if (parts.length > 1) {
      parts.forEach((p, j) => toks.push(plainTok(j === 0 ? sep : '-', p)));
      continue;
    }
    // glued article: "Almasri", "Elsayed"
    if ((lw.startsWith('al') || lw.startsWith('el')) && lw.length > 5 && /^[a-z]+$/.test(lw) && w === capFirst(lw) && nameKey(lw) === lw.slice(2)) {
      toks.push(coreTok(sep, w, lw.slice(2), w.slice(0, 2), '', -1));
      continue;
    }
    toks.push(plainTok(sep, w));
  }
  return toks;
}

function renderTok(t: Tok): string {
  if (!t.dirty) return t.sep + t.orig;
  let body: string;
  if (t.abd >= 0) body = ABD_FORMS[t.abd]!(t.core);
  else if (t.particle !== null) body = t.particle + t.joiner + (t.joiner === '' ? t.core : capFirst(t.core));
  else body = t.cap ? capFirst(t.core) : t.core;
  return t.sep + body;
}

function renderName(toks: readonly Tok[]): string {
  let s = '';
  for (const t of toks) s += renderTok(t);
  return s;
}

const IS_VOWEL = (c: string | undefined) => c !== undefined && 'aeiou'.includes(c);

function splice(s: string, start: number, end: number, repl: string): string {
  return s.slice(0, start) + repl + s.slice(end);
}

/** One random match of `re` (global) in `s`, or null. */
function randomMatch(s: string, re: RegExp, rng: Rng, accept?: (m: RegExpExecArray) => boolean): RegExpExecArray | null {
  const ms: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (!accept || accept(m)) ms.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  return ms.length ? pick(rng, ms) : null;
}

const VOWEL_GROUP_RE = /ou|ai|ei|ay|ey|ee|oo|ie|[aeiou]/g;
const VOWEL_SUBS: Record<string, readonly string[]> = {
  a: ['e', 'i'],
  e: ['a', 'i'],
  i: ['e', 'a'],
  o: ['u', 'ou'],
  u: ['o', 'ou'],
  ou: ['u', 'o'],
  ai: ['ei', 'ay', 'ey'],
  ei: ['ai', 'ey', 'ay'],
  ay: ['ai', 'ey', 'ei'],
  ey: ['ei', 'ay'],
  ee: ['i', 'ea'],
  oo: ['u', 'ou'],
  ie: ['i', 'ee'],
};

type LetterRule = (core: string, rng: Rng) => string | null;

/** a<->e<->i, o<->u, ou<->u, ai/ei/ay/ey; sometimes a short first vowel elided (Dabaiba -> Dbaiba). */
const vowelRule: LetterRule = (w, rng) => {
  const m = randomMatch(w, VOWEL_GROUP_RE, rng);
  if (!m) return null;
  const i = m.index;
  if (i === 1 && m[0].length === 1 && w.length >= 6 && !IS_VOWEL(w[0]) && !IS_VOWEL(w[2]) && IS_VOWEL(w[3]) && rng() < 0.25) {
    return splice(w, 1, 2, '');
  }
  return splice(w, i, i + m[0].length, pick(rng, VOWEL_SUBS[m[0]]!));
};

const DOUBLE_RE = /([bdfgklmnrstz])\1/g;
const SINGLE_RE = /[bdfklmnrstz]/g;
/** dd/d, ss/s, ll/l, mm/m, ...: Muhammad/Muhamad, Gaddafi/Gadafi, Sarraj/Saraj. */
const doublingRule: LetterRule = (w, rng) => {
  const undouble = randomMatch(w, DOUBLE_RE, rng);
  const double = randomMatch(w, SINGLE_RE, rng, (m) => m.index > 0 && IS_VOWEL(w[m.index - 1]) && IS_VOWEL(w[m.index + 1]));
  const m = undouble && double ? (rng() < 0.6 ? undouble : double) : undouble ?? double;
  if (!m) return null;
  return m[0].length === 2 ? splice(w, m.index, m.index + 2, m[0][0]!) : splice(w, m.index, m.index + 1, m[0] + m[0]);
};

const H_DIGRAPH_RE = /[kdtg]h/g;
const H_ADD_RE = /[kdtg]/g;
/** kh/k, dh/d, th/t, gh/g: Khalifa/Kalifa, Haftar/Hafthar. */
const hRule: LetterRule = (w, rng) => {
  const drop = randomMatch(w, H_DIGRAPH_RE, rng);
  const add = randomMatch(w, H_ADD_RE, rng, (m) => IS_VOWEL(w[m.index + 1]) && w[m.index - 1] !== m[0] && w[m.index - 1] !== 'n');
  const m = drop && add ? (rng() < 0.5 ? drop : add) : drop ?? add;
  if (!m) return null;
  return m[0].length === 2 ? splice(w, m.index, m.index + 2, m[0][0]!) : splice(w, m.index + 1, m.index + 1, 'h');
};

/** dd<->dh, tt<->th between vowels: Gaddafi/Gadhafi, Barghathi/Barghatti. */
const geminateRule: LetterRule = (w, rng) => {
  const m = randomMatch(w, /dd|dh|tt|th/g, rng, (x) => x.index > 0 && IS_VOWEL(w[x.index - 1]) && IS_VOWEL(w[x.index + 2]));
  if (!m) return null;
  const swap: Record<string, string> = { dd: 'dh', dh: 'dd', tt: 'th', th: 'tt' };
  return splice(w, m.index, m.index + 2, swap[m[0]]!);
};

/** q<->g<->k at word start (Qaddafi/Gaddafi/Kaddafi), q -> g/k inside (Belqasim/Belgasim). */
const qgkRule: LetterRule = (w, rng) => {
  const starts = /^[qgk]/.test(w) && IS_VOWEL(w[1]);
  const inner = randomMatch(w, /q/g, rng, (m) => m.index > 0);
  if (starts && (!inner || rng() < 0.7)) {
    const others = ['q', 'g', 'k'].filter((c) => c !== w[0]);
    return pick(rng, others) + w.slice(1);
  }
  if (!inner) return null;
  return splice(w, inner.index, inner.index + 1, pick(rng, ['g', 'k']));
};

/** j<->dj (Jamal/Djamal, Djibril/Jibril); Egyptian g for j at word start (Gamal). */
const jRule: LetterRule = (w, rng) => {
  const dj = randomMatch(w, /dj/g, rng);
  if (dj) return splice(w, dj.index, dj.index + 2, 'j');
  const j = randomMatch(w, /j/g, rng, (m) => (m.index === 0 || IS_VOWEL(w[m.index - 1])) && IS_VOWEL(w[m.index + 1]));
  if (!j) return null;
  if (j.index === 0 && w[1] === 'a' && rng() < 0.3) return `g${w.slice(1)}`;
  return splice(w, j.index, j.index + 1, 'dj');
};

/** sh<->ch: Shaker/Chaker, Ashour/Achour. */
const shRule: LetterRule = (w, rng) => {
  const m = randomMatch(w, /sh|ch/g, rng, (x) => w[x.index - 1] !== 't' && w[x.index - 1] !== 's');
  if (!m) return null;
  return splice(w, m.index, m.index + 2, m[0] === 'sh' ? 'ch' : 'sh');
};

/** -ah<->-a, -i<->-y: Dbeiba/Dbeibah, Masri/Masry, Dmitri/Dmitry. */
const endingRule: LetterRule = (w) => {
  if (w.length < 4) return null;
  if (w.endsWith('ah')) return w.slice(0, -1);
  if (w.endsWith('a')) return `${w}h`;
  if (w.endsWith('i') && !IS_VOWEL(w[w.length - 2])) return `${w.slice(0, -1)}y`;
  if (w.endsWith('y') && !IS_VOWEL(w[w.length - 2])) return `${w.slice(0, -1)}i`;
  return null;
};

/** Slavic romanisations: ks/x, -sky/-ski, v/w, y/j, e/ye at word start. */
const slavicRule: LetterRule = (w, rng) => {
  const options: string[] = [];
  if (w.includes('ks')) options.push(w.replace('ks', 'x'));
  if (w.includes('x')) options.push(w.replace('x', 'ks'));
  if (w.endsWith('sky')) options.push(`${w.slice(0, -1)}i`);
  if (w.endsWith('ski')) options.push(`${w.slice(0, -1)}y`);
  if (w.startsWith('v') && IS_VOWEL(w[1])) options.push(`w${w.slice(1)}`);
  if (w.startsWith('w') && IS_VOWEL(w[1])) options.push(`v${w.slice(1)}`);
  if (w.startsWith('y') && IS_VOWEL(w[1])) options.push(`j${w.slice(1)}`);
  if (w.startsWith('ye')) options.push(w.slice(1));
  else if (w.startsWith('e') && !IS_VOWEL(w[1])) options.push(`y${w}`);
  if (w.endsWith('iy')) options.push(w.slice(0, -1));
  return options.length ? pick(rng, options) : null;
};

type RuleName = 'vowel' | 'doubling' | 'h' | 'geminate' | 'qgk' | 'j' | 'sh' | 'ending' | 'slavic' | 'particle' | 'abd';
const LETTER_RULES: Record<Exclude<RuleName, 'particle' | 'abd'>, LetterRule> = {
  vowel: vowelRule,
  doubling: doublingRule,
  h: hRule,
  geminate: geminateRule,
  qgk: qgkRule,
  j: jRule,
  sh: shRule,
  ending: endingRule,
  slavic: slavicRule,
};
const RULE_WEIGHTS: readonly (readonly [RuleName, number])[] = [
  ['vowel', 5],
  ['doubling', 2],
  ['h', 2],
  ['geminate', 1.2],
  ['qgk', 1.5],
  ['j', 1],
  ['sh', 1],
  ['ending', 2],
  ['slavic', 1],
  ['particle', 3],
  ['abd', 3],
];

const PARTICLE_FORMS: readonly (readonly [string | null, string])[] = [
  ['al', '-'],
  ['Al', '-'],
  ['el', '-'],
  ['El', '-'],
  ['Al', ' '],
  ['al', ' '],
  ['Al', ''],
  ['El', ''],
  [null, ''],
];

/** Applies one rule to a random suitable token; false when the rule did not apply. */
function applyRule(toks: Tok[], rule: RuleName, rng: Rng): boolean {
  if (rule === 'particle') {
    const cands = toks.filter((t) => t.particle !== null || (t.dirty && t.abd < 0 && t.joiner === 'dropped'));
    if (!cands.length) return false;
    const t = pick(rng, cands);
    const sun = SUN_PREFIX_RE.exec(t.core);
    const forms = sun ? [...PARTICLE_FORMS, [`a${sun[1]}`, '-'] as const] : PARTICLE_FORMS;
    const cur = t.particle;
    const choices = forms.filter(([p, j]) => !(p === cur && j === t.joiner));
    const [p, j] = pick(rng, choices);
    t.particle = p;
    t.joiner = p === null ? 'dropped' : j;
    t.cap = true;
    t.dirty = true;
    return true;
  }
  if (rule === 'abd') {
    const cands = toks.filter((t) => t.abd >= 0);
    if (!cands.length) return false;
    const t = pick(rng, cands);
    const next = Math.floor(rng() * (ABD_FORMS.length - 1));
    t.abd = next >= t.abd ? next + 1 : next;
    t.dirty = true;
    return true;
  }
  const cands = toks.filter((t) => t.editable && t.core.length >= 3);
  if (!cands.length) return false;
  const t = pick(rng, cands);
  const out = LETTER_RULES[rule](t.core, rng);
  if (out === null || out === t.core || out.length < 2) return false;
  if (/aa|ii|uu/.test(out) && !/aa|ii|uu/.test(t.core)) return false; // "Maraam" is not a spelling anyone uses
  t.core = out;
  t.dirty = true;
  return true;
}

/**
 * Up to `count` distinct spelling variants of `name`, as news would write it, each made by 1-2
 * realistic rules (occasionally 3): vowel changes, consonant doubling, h after consonants, q/g/k,
 * j/dj, sh/ch, -ah/-a and -i/-y endings, al-/el- written hyphenated, spaced, glued or dropped,
 * Abdel Hamid/Abdulhamid. Variants keep the number of words of the name's key.
 * "Haftar" -> "Hifter", "Hafter"; "Dabaiba" -> "Dbeibah"; "Gaddafi" -> "Qaddafi", "Kadhafi";
 * "Almasri" -> "Al-Masri", "Elmasry".
 */
export function transliterationVariants(name: string, rng: () => number, count: number): string[] {
  const out: string[] = [];
  if (count <= 0) return out;
  const base = parseName(name);
  if (!base.some((t) => t.editable || t.particle !== null || t.abd >= 0)) return out;
  const words = wordCount(nameKey(name));
  const seen = new Set<string>([name]);
  for (let attempt = 0; attempt < count * 12 && out.length < count; attempt++) {
    const toks = base.map((t) => ({ ...t }));
    const r = rng();
    const nRules = r < 0.5 ? 1 : r < 0.88 ? 2 : 3;
    let applied = 0;
    for (let tries = 0; tries < nRules * 6 && applied < nRules; tries++) {
      if (applyRule(toks, weighted(rng, RULE_WEIGHTS), rng)) applied++;
    }
    if (!applied) continue;
    const v = renderName(toks);
    if (seen.has(v)) continue;
    seen.add(v);
    if (wordCount(nameKey(v)) !== words) continue;
    out.push(v);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Roles

const PERSON_ROLES = [
  'Interior Minister', 'Foreign Minister', 'Defence Minister', 'Prime Minister', 'President', 'Deputy Prime Minister',
  'Justice Minister', 'Finance Minister', 'Oil Minister', 'Migration Minister', 'Health Minister', 'militia commander',
  'armed group leader', 'army general', 'coast guard commander', 'police chief', 'intelligence chief', 'prosecutor',
  'judge', 'lawyer', 'human rights lawyer', 'journalist', 'editor', 'activist', 'businessman', 'oil executive',
  'central bank governor', 'spokesperson', 'MP', 'senator', 'mayor', 'governor', 'ambassador', 'UN envoy',
  'diplomat', 'party leader', 'tribal elder', 'trade union leader', 'smuggler', 'detainee', 'NGO director',
  'researcher', 'economist', 'professor', 'imam', 'footballer', 'doctor', 'sea rescue captain', 'EU commissioner',
  'MEP', 'presidential adviser', 'former minister', 'opposition leader', 'rebel leader', 'police officer',
  'customs officer', 'prison director', 'port official', 'councillor', 'witness',
];

// ---------------------------------------------------------------------------------------------
// Organisations and places

const NATIONALITIES = [
  'Libyan', 'Sudanese', 'Nigerien', 'Malian', 'Chadian', 'Tunisian', 'Algerian', 'Egyptian', 'Italian', 'Maltese',
  'European', 'African', 'Arab', 'Mediterranean', 'Sahel', 'Saharan', 'Maghreb', 'Cyrenaica', 'Tripolitania',
  'Fezzan', 'Amazigh', 'Tuareg', 'Tebu', 'Kurdish', 'Balkan', 'Adriatic', 'Aegean', 'Ionian', 'Red Sea', 'Nile',
  'Lake Chad', 'Gulf', 'Turkish', 'Greek', 'Nigerian', 'Ghanaian', 'Kenyan', 'Ethiopian', 'Eritrean', 'Somali',
  'Ukrainian', 'Serbian', 'Bosnian', 'Spanish', 'Portuguese', 'French', 'British', 'Moroccan', 'Senegalese',
];
const ORG_ADJECTIVES = [
  'National', 'Popular', 'Democratic', 'Revolutionary', 'Independent', 'United', 'Free', 'Patriotic', 'Islamic',
  'Socialist', 'Liberal', 'Supreme', 'Central', 'General', 'Joint', 'Federal', 'Provisional', 'Transitional',
  'Special', 'High', 'Public', 'Civic',
];
const ORG_THEMES = [
  'Unity', 'Security', 'Salvation', 'Reform', 'Justice', 'Development', 'Reconstruction', 'Liberation',
  'Resistance', 'Dialogue', 'Reconciliation', 'Stability', 'Defence', 'Labour', 'Peace', 'Renewal', 'Sovereignty',
  'Progress', 'Solidarity', 'Migration', 'Border', 'Coastal', 'Oil', 'Energy', 'Investment', 'Water', 'Health',
  'Human Rights', 'Fisheries', 'Maritime', 'Electoral', 'Anti-Corruption', 'Intelligence', 'Deterrence',
  'Support', 'Rescue', 'Trade', 'Press', 'Media', 'Youth', 'Women', 'Farmers', 'Transport', 'Telecoms',
];
/** Themes that read as nouns after "for" ("Committee for Justice in Sirte"). */
const FOR_THEMES = ORG_THEMES.filter((t) => !['Border', 'Coastal', 'Maritime', 'Electoral', 'Oil', 'Telecoms', 'Press', 'Media', 'Intelligence', 'Support'].includes(t));
const ORG_TYPES: Record<string, readonly string[]> = {
  Council: ['state body', 'governing council', 'armed coalition'],
  Front: ['political movement', 'armed group'],
  Movement: ['political movement', 'rebel group'],
  Party: ['political party'],
  Union: ['trade union', 'political alliance'],
  Alliance: ['political alliance', 'armed coalition'],
  Coalition: ['coalition'],
  Committee: ['committee'],
  Commission: ['state commission'],
  Authority: ['state agency'],
  Agency: ['state agency', 'news agency'],
  Brigade: ['militia'],
  Battalion: ['militia'],
  Forces: ['armed group', 'paramilitary force'],
  Guard: ['security force'],
  Corporation: ['state company', 'company'],
  Company: ['company'],
  Bank: ['bank'],
  Fund: ['investment fund'],
  Foundation: ['NGO', 'charity'],
  Institute: ['think tank'],
  Centre: ['research centre', 'think tank'],
  Network: ['NGO network'],
  Association: ['NGO', 'professional association'],
  Federation: ['federation'],
  Observatory: ['monitoring group'],
  Directorate: ['government department'],
  Apparatus: ['security agency'],
};
const ORG_TYPE_NAMES = Object.keys(ORG_TYPES);
const COMPANY_WORDS = ['Holdings', 'Group', '& Partners', 'Logistics', 'Shipping', 'Petroleum', 'Construction', 'Trading', 'Security Services', 'Brothers'];
const ORDINALS = ['1st', '2nd', '3rd', '4th', '5th', '7th', '9th', '10th', '12th', '17th', '20th', '33rd', '44th', '55th', '101st', '128th', '166th', '301st', '444th'];
const SMALL_WORDS = new Set(['of', 'for', 'the', 'and', 'in', '&']);

const REAL_PLACES = [
  'Tripoli', 'Benghazi', 'Misrata', 'Sirte', 'Zawiya', 'Sabratha', 'Zuwara', 'Sabha', 'Derna', 'Tobruk',
  'Ajdabiya', 'Ghadames', 'Kufra', 'Murzuq', 'Ubari', 'Ghat', 'Gharyan', 'Zintan', 'Bani Walid', 'Tarhuna',
  'Ras Lanuf', 'Brega', 'Es Sider', 'Sharara', 'Agadez', 'Niamey', 'Bamako', 'Gao', 'Timbuktu', 'Kidal',
  "N'Djamena", 'Khartoum', 'Omdurman', 'El Fasher', 'Nyala', 'Port Sudan', 'Juba', 'Tunis', 'Sfax', 'Sousse',
  'Ben Gardane', 'Algiers', 'Oran', 'Tamanrasset', 'Cairo', 'Alexandria', 'Salloum', 'Marsa Matruh', 'Lampedusa',
  'Catania', 'Pozzallo', 'Augusta', 'Palermo', 'Trapani', 'Crotone', 'Cutro', 'Valletta', 'Ankara', 'Istanbul',
  'Gaziantep', 'İzmir', 'Ceuta', 'Melilla', 'Almería', 'Pylos', 'Kalamata', 'Belgrade', 'Sarajevo', 'Kyiv',
  'Kharkiv', 'Mariupol', 'Odesa', 'Marseille', 'Calais', 'Dover', 'Lagos', 'Abuja', 'Kano', 'Maiduguri', 'Accra',
  'Nairobi', 'Mombasa', 'Addis Ababa', 'Asmara', 'Mogadishu', 'Kigali', 'Goma', 'Kinshasa', 'Nouakchott',
  'Dakar', 'Ouagadougou', 'Brindisi', 'Siracusa', 'Çeşme', 'Bodrum', 'Lesbos', 'Samos', 'Chios',
];
const PLACE_SYNTH = syllableSynth({
  onsets: ['b', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'q', 'r', 's', 't', 'z', 'sh', 'kh', 'gh', 'j', 'w', 'br', 'tr', 'v'],
  vowels: ['a', 'e', 'i', 'o', 'u', 'a', 'ou'],
  syllables: [2, 3],
  suffixes: ['a', 'iya', 'an', 'ine', 'ano', 'ello', 'ovo', 'grad', 'ice', 'ogo', 'ala', 'ani', 'köy', 'kent', 'ton', 'field', 'ville', 'es', 'ur', 'abad', 'ara'],
  suffixProb: 0.7,
});
const IT_PLACE_SYNTH = syllableSynth({
  onsets: ['b', 'c', 'd', 'f', 'g', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'br', 'tr', 'st', 'sc'],
  vowels: ['a', 'e', 'i', 'o', 'u', 'a', 'o'],
  syllables: [2, 2],
  suffixes: ['ano', 'ello', 'ino', 'ara', 'ona', 'ento', 'ia'],
  suffixProb: 0.8,
});
const SL_PLACE_SYNTH = syllableSynth({
  onsets: ['b', 'v', 'g', 'd', 'z', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'kr', 'pr', 'br', 'gr', 'dr', 'st'],
  vowels: ['a', 'e', 'i', 'o', 'u'],
  syllables: [2, 2],
  suffixes: ['ovo', 'evo', 'grad', 'ice', 'sk', 'ino', 'ets'],
  suffixProb: 1,
});
/** Prefix, roles, weight, how the rest of the name is made: "Bir Hakim", "San Lubello", "Novo Krasovo". */
const PLACE_PATTERNS: readonly (readonly [string, readonly string[], number, (rng: Rng) => string])[] = [
  ['', ['town', 'city', 'village', 'district', 'port', 'province', 'region', 'oasis', 'island'], 8, PLACE_SYNTH],
  ['Bir ', ['well', 'village', 'oil field'], 1, arabicSynth],
  ['Ras ', ['cape', 'oil terminal', 'headland'], 1, arabicSynth],
  ['Wadi ', ['valley', 'district'], 1, arabicSynth],
  ['Sidi ', ['town', 'shrine', 'village'], 1, arabicSynth],
  ['Ain ', ['spring', 'village'], 0.7, arabicSynth],
  ['Jebel ', ['mountain', 'mountain range'], 0.7, arabicSynth],
  ['Kafr ', ['village'], 0.5, arabicSynth],
  ['Tell ', ['archaeological site', 'village'], 0.4, arabicSynth],
  ['San ', ['town', 'village'], 0.7, IT_PLACE_SYNTH],
  ['Monte ', ['mountain', 'town'], 0.4, IT_PLACE_SYNTH],
  ['Porto ', ['port', 'town'], 0.5, IT_PLACE_SYNTH],
  ['Port ', ['port'], 0.4, PLACE_SYNTH],
  ['Novo ', ['town'], 0.4, SL_PLACE_SYNTH],
  ['Camp ', ['refugee camp', 'military base'], 0.5, PLACE_SYNTH],
];
const AR_MALE_ONE_WORD = AR_MALE.filter((x) => !x.includes(' '));
/** "Sidi Bilal", "San Matteo", "Bir Hakim": places named after people. */
const PLACE_PERSON_ROOTS = [...AR_MALE_ONE_WORD, ...IT_MALE];
const PLACE_PATTERN_WEIGHTS = PLACE_PATTERNS.map((p) => [p, p[2]] as const);
const REAL_PLACE_ROLES = ['city', 'town', 'port', 'border town', 'region'];

// ---------------------------------------------------------------------------------------------
// Actor generation

interface Gen {
  rng: Rng;
  seed: number;
}

function synthSurname(g: Gen, originIdx: number, idx: number): string {
  return ORIGINS[originIdx]!.synth(mulberry32(hash3(g.seed, originIdx + 1, idx)));
}

function surnameFor(g: Gen, originIdx: number, preferSynth: boolean): string {
  const o = ORIGINS[originIdx]!;
  if (!preferSynth && g.rng() < REAL_SURNAME_SHARE) return skewPick(g.rng, o.surnames);
  const r = g.rng();
  return synthSurname(g, originIdx, Math.floor(r * r * SYNTH_UNIVERSE));
}

function middleName(rng: Rng, o: Origin, female: boolean, given: string): string | null {
  // Arabic: father's name ("Khalifa Belqasim Haftar"), sometimes "bin X"; Slavic: patronymic.
  if (o.id === 'arabic') {
    const father = pick(rng, AR_MALE_ONE_WORD);
    if (father === given) return null;
    return rng() < 0.25 ? `${female ? 'bint' : 'bin'} ${father}` : father;
  }
  if (o.id === 'slavic') {
    const father = pick(rng, SL_MALE);
    if (!/[bcdfghjklmnprstvz]$/.test(father)) return null;
    return father + (female ? 'ovna' : 'ovich');
  }
  if (o.id === 'iberian' && rng() < 0.5) return skewPick(rng, o.surnames).replace(/^(da|dos|de|de la) /, '');
  const pool = female ? o.female : o.male;
  const m = pick(rng, pool);
  return m === given ? null : m;
}

function personName(g: Gen, originIdx: number, attempt: number): string {
  const { rng } = g;
  const o = ORIGINS[originIdx]!;
  const female = rng() < 0.35;
  const given = pick(rng, female ? o.female : o.male);
  let surname = surnameFor(g, originIdx, attempt >= 3);
  if (female && o.feminine) surname = o.feminine(surname);
  if (o.decorate) surname = o.decorate(surname, rng);
  const middle = rng() < (attempt >= 2 ? 0.7 : o.middleProb) ? middleName(rng, o, female, given) : null;
  return middle ? `${given} ${middle} ${surname}` : `${given} ${surname}`;
}

function regionWord(g: Gen): string {
  const r = g.rng();
  if (r < 0.35) return pick(g.rng, NATIONALITIES);
  if (r < 0.7) return pick(g.rng, REAL_PLACES);
  return PLACE_SYNTH(g.rng);
}

function orgName(g: Gen, attempt: number): { name: string; type: string } {
  const { rng } = g;
  const type = pick(rng, ORG_TYPE_NAMES);
  const pattern = weighted(rng, [
    ['region', 4],
    ['adjective', 2],
    ['adjRegion', attempt >= 2 ? 4 : 1.5],
    ['for', 2],
    ['company', 1.5],
    ['ordinal', type === 'Brigade' || type === 'Battalion' ? 3 : 0],
  ] as const);
  const theme = pick(rng, ORG_THEMES);
  switch (pattern) {
    case 'region':
      return { name: `${regionWord(g)} ${theme} ${type}`, type };
    case 'adjective':
      return { name: `${pick(rng, ORG_ADJECTIVES)} ${theme} ${type}`, type };
    case 'adjRegion':
      return { name: `${pick(rng, ORG_ADJECTIVES)} ${regionWord(g)} ${theme} ${type}`, type };
    case 'for':
      return { name: `${type} for ${pick(rng, FOR_THEMES)} in ${rng() < 0.5 ? pick(rng, REAL_PLACES) : PLACE_SYNTH(rng)}`, type };
    case 'ordinal':
      return { name: `${pick(rng, ORDINALS)} ${regionWord(g)} ${type}`, type };
    case 'company': {
      const oi = ORIGINS.indexOf(weighted(rng, ORIGIN_WEIGHTS));
      return { name: `${surnameFor(g, oi, attempt >= 2).replace(/^(da|dos|de|de la) /, '')} ${pick(rng, COMPANY_WORDS)}`, type: 'Company' };
    }
  }
}

function acronym(name: string): string | null {
  const words = name.split(/[\s-]+/).filter((w) => !SMALL_WORDS.has(w) && /^\p{Lu}/u.test(w));
  if (words.length < 3) return null;
  return words.map((w) => w[0]!.normalize('NFKD')[0]!.toUpperCase()).join('');
}

function placeName(g: Gen, attempt: number): { name: string; role: string } {
  const { rng } = g;
  if (attempt === 0 && rng() < 0.05) return { name: pick(rng, REAL_PLACES), role: pick(rng, REAL_PLACE_ROLES) };
  const [prefix, roles, , synth] = weighted(rng, PLACE_PATTERN_WEIGHTS);
  let root = synth(rng);
  if (prefix && rng() < 0.4) root = pick(rng, PLACE_PERSON_ROOTS);
  const name = prefix + root;
  return { name, role: pick(rng, roles) };
}

function notOnlyCase(a: string, b: string): boolean {
  return a.toLowerCase() !== b.toLowerCase();
}

/**
 * n actors: about 85% persons, 10% organisations, 5% places. Canonical names are distinct by
 * nameKey; aliases never take another actor's key. Deterministic in (n, seed), and the actors of
 * a smaller n are a prefix of those of a larger one.
 */
export function generateActors(n: number, seed = 1): SynthActor[] {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`generateActors: n must be a non-negative integer, got ${n}`);
  const g: Gen = { rng: mulberry32(hash3(seed, 0x5eed, 1)), seed: seed >>> 0 };
  const { rng } = g;
  const keys = new Set<string>();
  const actors: SynthActor[] = new Array<SynthActor>(n);
  for (let i = 0; i < n; i++) {
    const r = rng();
    const type: SynthType = r < 0.85 ? 'person' : r < 0.95 ? 'organization' : 'place';
    let name = '';
    let key = '';
    let role = '';
    let origin: Origin | null = null;
    let orgType = '';
    const originIdx = type === 'person' ? ORIGINS.indexOf(weighted(rng, ORIGIN_WEIGHTS)) : -1;
    for (let attempt = 0; ; attempt++) {
      if (attempt > 500) throw new Error(`generateActors: no unique ${type} name after 500 attempts at actor ${i}`);
      if (type === 'person') {
        origin = ORIGINS[originIdx]!;
        name = personName(g, originIdx, attempt);
      } else if (type === 'organization') {
        const o = orgName(g, attempt);
        name = o.name;
        orgType = o.type;
      } else {
        const p = placeName(g, attempt);
        name = p.name;
        role = p.role;
      }
      key = nameKey(name);
      if (key && !keys.has(key)) break;
    }
    keys.add(key);
    const aliases: string[] = [];
    const tryAlias = (alias: string): boolean => {
      if (alias === name || aliases.includes(alias) || !notOnlyCase(alias, name)) return false;
      const k = nameKey(alias);
      if (!k) return false;
      if (k !== key) {
        if (keys.has(k)) return false;
        keys.add(k);
      }
      aliases.push(alias);
      return true;
    };
    if (type === 'person') {
      role = pick(rng, PERSON_ROLES);
      if (rng() < origin!.aliasProb) {
        const want = rng() < 0.65 ? 1 : 2;
        for (const v of transliterationVariants(name, rng, want + 2)) {
          if (tryAlias(v) && aliases.length >= want) break;
        }
      }
    } else if (type === 'organization') {
      role = pick(rng, ORG_TYPES[orgType] ?? ['organisation']);
      const acr = acronym(name);
      if (acr && rng() < 0.7) tryAlias(acr);
    } else if (rng() < 0.12) {
      const [v] = transliterationVariants(name, rng, 1);
      if (v) tryAlias(v);
    }
    actors[i] = { name, aliases, type, role };
  }
  return actors;
}

// ---------------------------------------------------------------------------------------------
// Queries

const KEYBOARD: Record<string, string> = {
  q: 'wa', w: 'qeas', e: 'wrsd', r: 'etdf', t: 'ryfg', y: 'tugh', u: 'yihj', i: 'uojk', o: 'ipkl', p: 'ol',
  a: 'qwsz', s: 'awedxz', d: 'serfcx', f: 'drtgvc', g: 'ftyhbv', h: 'gyujnb', j: 'huikmn', k: 'jiolm', l: 'kop',
  z: 'asx', x: 'zsdc', c: 'xdfv', v: 'cfgb', b: 'vghn', n: 'bhjm', m: 'njk',
};

/** One keyboard typo (insert, delete, neighbour substitution, transposition), never in a word's first letter. */
function typo(name: string, rng: Rng): string | null {
  const words = name.split(' ');
  const cands = words.map((w, i) => [w, i] as const).filter(([w]) => /^\p{L}{4,}$/u.test(w) && !FIXED_PARTICLES.has(w.toLowerCase()));
  if (!cands.length) return null;
  const [w, wi] = rng() < 0.6 ? cands[cands.length - 1]! : pick(rng, cands);
  const chars = Array.from(w);
  const kind = pick(rng, ['insert', 'delete', 'substitute', 'transpose'] as const);
  const pos = 1 + Math.floor(rng() * (chars.length - 1)); // never the first letter
  const neighbour = (c: string): string | null => {
    const lower = c.toLowerCase();
    const ns = KEYBOARD[lower];
    if (!ns) return null;
    const n = pick(rng, Array.from(ns));
    return c === lower ? n : n.toUpperCase();
  };
  switch (kind) {
    case 'insert': {
      // a neighbour of the previous letter, or the letter doubled
      const prev = chars[pos - 1]!;
      const ins = rng() < 0.3 ? prev.toLowerCase() : neighbour(prev);
      if (!ins) return null;
      chars.splice(pos, 0, ins.toLowerCase());
      break;
    }
    case 'delete':
      chars.splice(pos, 1);
      break;
    case 'substitute': {
      const n = neighbour(chars[pos]!);
      if (!n) return null;
      chars[pos] = n;
      break;
    }
    case 'transpose': {
      if (pos + 1 >= chars.length || chars[pos] === chars[pos + 1]) return null;
      [chars[pos], chars[pos + 1]] = [chars[pos + 1]!, chars[pos]!];
      break;
    }
  }
  const out = [...words];
  out[wi] = chars.join('');
  return out.join(' ');
}

const SPECIAL_STRIP: Record<string, string> = { ı: 'i', ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ß: 'ss', æ: 'ae', œ: 'oe' };

export function stripDiacritics(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ıłŁøØđĐßæœ]/g, (c) => SPECIAL_STRIP[c] ?? c)
    .normalize('NFC');
}

const ACCENTS: Record<string, readonly string[]> = {
  a: ['á', 'à', 'â', 'ā'],
  e: ['é', 'è', 'ê', 'ë'],
  i: ['í', 'ï', 'î', 'ī'],
  o: ['ó', 'ö', 'ô'],
  u: ['ú', 'ü', 'ū'],
  c: ['ç'],
  n: ['ñ'],
  s: ['ş', 'š', 'ṣ'],
  g: ['ğ'],
  z: ['ž', 'ẓ'],
  h: ['ḥ'],
  d: ['ḍ'],
  t: ['ṭ'],
};

/** Adds one or two accents to lower-case letters (José, Ḥaftar, Dbeibāh); null when none fits. */
function addDiacritics(name: string, rng: Rng): string | null {
  const chars = Array.from(name);
  const slots = chars.map((c, i) => i).filter((i) => ACCENTS[chars[i]!] !== undefined && i > 0 && chars[i - 1] !== ' ' && chars[i - 1] !== '-');
  if (!slots.length) return null;
  const n = Math.min(slots.length, rng() < 0.7 ? 1 : 2);
  for (let k = 0; k < n; k++) {
    const i = slots.splice(Math.floor(rng() * slots.length), 1)[0]!;
    chars[i] = pick(rng, ACCENTS[chars[i]!]!);
  }
  return chars.join('');
}

function randomCase(s: string, rng: Rng): string {
  const mode = rng();
  if (mode < 0.4) return s.toLowerCase();
  if (mode < 0.7) return s.toUpperCase();
  let out = '';
  for (const c of s) out += rng() < 0.5 ? c.toLowerCase() : c.toUpperCase();
  return out;
}

const HAS_DIACRITIC_RE = /[^\x00-\x7f]/;

/**
 * perKind queries of each kind, in the order of QUERY_KINDS. Variant and typo queries never
 * match (by nameKey) any other actor's name or alias, nor any of their own actor's names;
 * unknown names match no actor's key nor surname key.
 */
export function generateQueries(actors: SynthActor[], perKind: number, seed = 1): SynthQuery[] {
  if (!Number.isInteger(perKind) || perKind < 0) throw new RangeError(`generateQueries: perKind must be a non-negative integer, got ${perKind}`);
  const rng = mulberry32(hash3(seed, 0x9e41, 2));
  const g: Gen = { rng, seed: hash3(seed, 0x9e41, 3) };
  const owner = new Map<string, number>();
  const surnameKeys = new Set<string>();
  const byType: Record<SynthType, number[]> = { person: [], organization: [], place: [] };
  /** Persons with aliases: mostly names from languages that are transliterated (Arabic, Slavic, ...). */
  const varied: number[] = [];
  actors.forEach((a, i) => {
    byType[a.type].push(i);
    if (a.type === 'person' && a.aliases.length) varied.push(i);
    for (const nm of [a.name, ...a.aliases]) {
      const k = nameKey(nm);
      if (!owner.has(k)) owner.set(k, i);
      surnameKeys.add(lastWord(k));
    }
  });

  const pickActor = (mix: readonly (readonly [SynthType, number])[]): number | null => {
    const usable = mix.filter(([t]) => byType[t].length > 0);
    if (!usable.length) return null;
    return pick(rng, byType[weighted(rng, usable)]);
  };
  const MIX = [
    ['person', 80],
    ['organization', 15],
    ['place', 5],
  ] as const;
  const namesOf = (i: number): string[] => [actors[i]!.name, ...actors[i]!.aliases];
  const nameOf = (i: number): string => {
    const a = actors[i]!;
    return a.aliases.length && rng() < 0.3 ? pick(rng, a.aliases) : a.name;
  };
  const free = (text: string): boolean => {
    const k = nameKey(text);
    return k !== '' && !owner.has(k);
  };

  // An "unknown" name must not be a plausible misspelling of a known one: no known surname within
  // two edits of its surname, and no known name with the same transliteration code. Built lazily:
  // only the unknown queries need them.
  let surnameList: string[] | null = null;
  let phonCodes: Set<string> | null = null;
  const nearKnown = (k: string): boolean => {
    surnameList ??= [...surnameKeys];
    phonCodes ??= new Set(actors.flatMap((a) => [a.name, ...a.aliases]).flatMap((nm) => phoneticCodes(nm)));
    if (phoneticCodes(k).some((c) => phonCodes!.has(c))) return true;
    const last = lastWord(k);
    return surnameList.some((sk) => Math.abs(sk.length - last.length) <= 2 && levenshtein(sk, last) <= 2);
  };

  const out: SynthQuery[] = [];
  const texts = new Set<string>();
  for (const kind of QUERY_KINDS) {
    let made = 0;
    const maxAttempts = perKind * 200 + 2000;
    for (let attempt = 0; made < perKind; attempt++) {
      if (attempt >= maxAttempts) throw new Error(`generateQueries: could only make ${made} of ${perKind} ${kind} queries from ${actors.length} actors`);
      let text: string | null = null;
      let truth: number | null = null;
      switch (kind) {
        case 'exact': {
          truth = pickActor(MIX);
          if (truth !== null) text = nameOf(truth);
          break;
        }
        case 'case': {
          truth = pickActor(MIX);
          if (truth === null) break;
          const nm = nameOf(truth);
          const c = randomCase(nm, rng);
          if (c !== nm) text = c;
          break;
        }
        case 'diacritics': {
          truth = pickActor([['person', 85], ['place', 15]]);
          if (truth === null) break;
          let src: string;
          if (rng() < 0.5) {
            // a name that has diacritics, stripped
            const withMarks = namesOf(truth).filter((nm) => HAS_DIACRITIC_RE.test(nm));
            if (!withMarks.length) break;
            src = pick(rng, withMarks);
            text = stripDiacritics(src);
          } else {
            // a name without, with an accent or two added
            src = nameOf(truth);
            if (HAS_DIACRITIC_RE.test(src)) break;
            text = addDiacritics(src, rng);
          }
          if (text === src || (text !== null && nameKey(text) !== nameKey(src))) text = null;
          break;
        }
        case 'translit': {
          // mostly names that news already spell several ways (Arabic, Slavic, ...)
          truth = varied.length && rng() < 0.7 ? pick(rng, varied) : pickActor([['person', 1]]);
          if (truth === null) break;
          const base = actors[truth]!.name;
          const words = wordCount(nameKey(base));
          for (const v of transliterationVariants(base, rng, 3)) {
            if (free(v) && wordCount(nameKey(v)) === words) {
              text = v;
              break;
            }
          }
          break;
        }
        case 'typo': {
          truth = pickActor(MIX);
          if (truth === null) break;
          const nm = rng() < 0.8 ? actors[truth]!.name : nameOf(truth);
          if (Array.from(nm).length < 5) break;
          const t = typo(nm, rng);
          if (t !== null && t !== nm && free(t)) text = t;
          break;
        }
        case 'unknown': {
          truth = null;
          const oi = ORIGINS.indexOf(weighted(rng, ORIGIN_WEIGHTS));
          const o = ORIGINS[oi]!;
          const female = rng() < 0.35;
          const given = pick(rng, female ? o.female : o.male);
          let surname = synthSurname(g, oi, SYNTH_UNIVERSE + Math.floor(rng() * 2 ** 30));
          if (female && o.feminine) surname = o.feminine(surname);
          if (o.decorate) surname = o.decorate(surname, rng);
          const middle = rng() < o.middleProb ? middleName(rng, o, female, given) : null;
          const nm = middle ? `${given} ${middle} ${surname}` : `${given} ${surname}`;
          const k = nameKey(nm);
          if (free(nm) && !surnameKeys.has(lastWord(k)) && !nearKnown(k)) text = nm;
          break;
        }
      }
      if (text === null || texts.has(text)) continue;
      texts.add(text);
      out.push({ text, kind, truth });
      made++;
    }
  }
  return out;
}

/** The whole name's transliteration codes, primary and alternate: names that sound alike share one. */
function phoneticCodes(name: string): string[] {
  const pw = phoneticWords(name);
  return [...new Set([pw.map((w) => w.code).join(' '), pw.map((w) => w.alt).join(' ')])];
}
