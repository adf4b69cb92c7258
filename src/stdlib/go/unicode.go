// Package unicode: goscope's version of Go's unicode package. The Is* predicates and case
// mappings are natives (src/interp/natives/unicode.rs) over Go 1.23's tables; the range
// tables are real *RangeTable values, built from goscope's copy of Go's tables
// (src/stdlib/unicode_tables.rs) when the package is initialised; Is, In, IsOneOf and
// SpecialCase's methods are written in Go after unicode/letter.go.
package unicode

// Version is the Unicode edition from which the tables are derived.
const Version = "15.0.0"

const (
	MaxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
	ReplacementChar = '\uFFFD'     // Represents invalid code points.
	MaxASCII        = '\u007F'     // maximum ASCII value.
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value.
)

// Indices into the Delta arrays inside CaseRanges for case mapping.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// UpperLower marks a CaseRange of alternating upper and lower case letters.
const UpperLower = MaxRune + 1

type d [MaxCase]rune

// RangeTable defines a set of Unicode code points by listing the ranges of code points
// within the set.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int // number of entries in R16 with Hi <= MaxLatin1
}

// Range16 represents of a range of 16-bit Unicode code points: Lo to Hi inclusive, with
// the specified stride.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 represents of a range of Unicode code points, used when one or more of the
// values will not fit in 16 bits.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// CaseRange represents a range of Unicode code points for simple (one code point to one
// code point) case conversion.
type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

// SpecialCase represents language-specific case mappings such as Turkish.
type SpecialCase []CaseRange

func IsControl(r rune) bool
func IsDigit(r rune) bool
func IsGraphic(r rune) bool
func IsLetter(r rune) bool
func IsLower(r rune) bool
func IsMark(r rune) bool
func IsNumber(r rune) bool
func IsPrint(r rune) bool
func IsPunct(r rune) bool
func IsSpace(r rune) bool
func IsSymbol(r rune) bool
func IsTitle(r rune) bool
func IsUpper(r rune) bool
func SimpleFold(r rune) rune
func To(_case int, r rune) rune
func ToLower(r rune) rune
func ToTitle(r rune) rune
func ToUpper(r rune) rune

// rangeTable returns a new RangeTable holding Go's table number id.
func rangeTable(id int) *RangeTable

// caseRanges returns a new slice holding Go's CaseRanges table.
func caseRanges() []CaseRange

// CaseRanges is the table describing case mappings for all letters with non-self
// mappings.
var CaseRanges = caseRanges()

// GraphicRanges defines the set of graphic characters according to Unicode.
var GraphicRanges = []*RangeTable{
	L, M, N, P, S, Zs,
}

// PrintRanges defines the set of printable characters according to Go.
var PrintRanges = []*RangeTable{
	L, M, N, P, S,
}

// TurkishCase and AzeriCase map dotted and dotless I as Turkish and Azeri do.
var TurkishCase SpecialCase = _TurkishCase
var _TurkishCase = SpecialCase{
	CaseRange{0x0049, 0x0049, d{0, 0x131 - 0x49, 0}},
	CaseRange{0x0069, 0x0069, d{0x130 - 0x69, 0, 0x130 - 0x69}},
	CaseRange{0x0130, 0x0130, d{0, 0x69 - 0x130, 0}},
	CaseRange{0x0131, 0x0131, d{0x49 - 0x131, 0, 0x49 - 0x131}},
}
var AzeriCase SpecialCase = _TurkishCase

// linearMax is the maximum size table for linear search for non-Latin1 rune.
const linearMax = 18

// is16 reports whether r is in the sorted slice of 16-bit ranges.
func is16(ranges []Range16, r uint16) bool {
	if len(ranges) <= linearMax || r <= MaxLatin1 {
		for i := range ranges {
			range_ := &ranges[i]
			if r < range_.Lo {
				return false
			}
			if r <= range_.Hi {
				return range_.Stride == 1 || (r-range_.Lo)%range_.Stride == 0
			}
		}
		return false
	}
	// binary search over ranges
	lo := 0
	hi := len(ranges)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		range_ := &ranges[m]
		if range_.Lo <= r && r <= range_.Hi {
			return range_.Stride == 1 || (r-range_.Lo)%range_.Stride == 0
		}
		if r < range_.Lo {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return false
}

// is32 reports whether r is in the sorted slice of 32-bit ranges.
func is32(ranges []Range32, r uint32) bool {
	if len(ranges) <= linearMax {
		for i := range ranges {
			range_ := &ranges[i]
			if r < range_.Lo {
				return false
			}
			if r <= range_.Hi {
				return range_.Stride == 1 || (r-range_.Lo)%range_.Stride == 0
			}
		}
		return false
	}
	// binary search over ranges
	lo := 0
	hi := len(ranges)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		range_ := ranges[m]
		if range_.Lo <= r && r <= range_.Hi {
			return range_.Stride == 1 || (r-range_.Lo)%range_.Stride == 0
		}
		if r < range_.Lo {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return false
}

// Is reports whether the rune is in the specified table of ranges.
func Is(rangeTab *RangeTable, r rune) bool {
	r16 := rangeTab.R16
	// Compare as uint32 to correctly handle negative runes.
	if len(r16) > 0 && uint32(r) <= uint32(r16[len(r16)-1].Hi) {
		return is16(r16, uint16(r))
	}
	r32 := rangeTab.R32
	if len(r32) > 0 && r >= rune(r32[0].Lo) {
		return is32(r32, uint32(r))
	}
	return false
}

// IsOneOf reports whether the rune is a member of one of the ranges.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// In reports whether the rune is a member of one of the ranges.
func In(r rune, ranges ...*RangeTable) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// to maps the rune using the specified case mapping; it also reports whether caseRange
// contained a mapping.
func to(_case int, r rune, caseRange []CaseRange) (mappedRune rune, foundMapping bool) {
	if _case < 0 || MaxCase <= _case {
		return ReplacementChar, false
	}
	// binary search over ranges
	lo := 0
	hi := len(caseRange)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		cr := caseRange[m]
		if rune(cr.Lo) <= r && r <= rune(cr.Hi) {
			delta := cr.Delta[_case]
			if delta > MaxRune {
				// In an Upper-Lower sequence the even offsets from the start are upper case
				// and the odd ones lower case.
				return rune(cr.Lo) + ((r-rune(cr.Lo))&^1 | rune(_case&1)), true
			}
			return r + delta, true
		}
		if r < rune(cr.Lo) {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return r, false
}

// ToUpper maps the rune to upper case giving priority to the special mapping.
func (special SpecialCase) ToUpper(r rune) rune {
	r1, hadMapping := to(UpperCase, r, []CaseRange(special))
	if r1 == r && !hadMapping {
		r1 = ToUpper(r)
	}
	return r1
}

// ToTitle maps the rune to title case giving priority to the special mapping.
func (special SpecialCase) ToTitle(r rune) rune {
	r1, hadMapping := to(TitleCase, r, []CaseRange(special))
	if r1 == r && !hadMapping {
		r1 = ToTitle(r)
	}
	return r1
}

// ToLower maps the rune to lower case giving priority to the special mapping.
func (special SpecialCase) ToLower(r rune) rune {
	r1, hadMapping := to(LowerCase, r, []CaseRange(special))
	if r1 == r && !hadMapping {
		r1 = ToLower(r)
	}
	return r1
}

// BEGIN GENERATED TABLES
// The tables, generated by tools/gen-unicode-tables.go (do not edit by hand):
// rangeTable(id) builds Go's table from goscope's copy (src/stdlib/unicode_tables.rs).
var (
	C                                  = rangeTable(0)
	Cc                                 = rangeTable(1)
	Cf                                 = rangeTable(2)
	Co                                 = rangeTable(3)
	Cs                                 = rangeTable(4)
	L                                  = rangeTable(5)
	Ll                                 = rangeTable(6)
	Lm                                 = rangeTable(7)
	Lo                                 = rangeTable(8)
	Lt                                 = rangeTable(9)
	Lu                                 = rangeTable(10)
	M                                  = rangeTable(11)
	Mc                                 = rangeTable(12)
	Me                                 = rangeTable(13)
	Mn                                 = rangeTable(14)
	N                                  = rangeTable(15)
	Nd                                 = rangeTable(16)
	Nl                                 = rangeTable(17)
	No                                 = rangeTable(18)
	P                                  = rangeTable(19)
	Pc                                 = rangeTable(20)
	Pd                                 = rangeTable(21)
	Pe                                 = rangeTable(22)
	Pf                                 = rangeTable(23)
	Pi                                 = rangeTable(24)
	Po                                 = rangeTable(25)
	Ps                                 = rangeTable(26)
	S                                  = rangeTable(27)
	Sc                                 = rangeTable(28)
	Sk                                 = rangeTable(29)
	Sm                                 = rangeTable(30)
	So                                 = rangeTable(31)
	Z                                  = rangeTable(32)
	Zl                                 = rangeTable(33)
	Zp                                 = rangeTable(34)
	Zs                                 = rangeTable(35)
	Adlam                              = rangeTable(36)
	Ahom                               = rangeTable(37)
	Anatolian_Hieroglyphs              = rangeTable(38)
	Arabic                             = rangeTable(39)
	Armenian                           = rangeTable(40)
	Avestan                            = rangeTable(41)
	Balinese                           = rangeTable(42)
	Bamum                              = rangeTable(43)
	Bassa_Vah                          = rangeTable(44)
	Batak                              = rangeTable(45)
	Bengali                            = rangeTable(46)
	Bhaiksuki                          = rangeTable(47)
	Bopomofo                           = rangeTable(48)
	Brahmi                             = rangeTable(49)
	Braille                            = rangeTable(50)
	Buginese                           = rangeTable(51)
	Buhid                              = rangeTable(52)
	Canadian_Aboriginal                = rangeTable(53)
	Carian                             = rangeTable(54)
	Caucasian_Albanian                 = rangeTable(55)
	Chakma                             = rangeTable(56)
	Cham                               = rangeTable(57)
	Cherokee                           = rangeTable(58)
	Chorasmian                         = rangeTable(59)
	Common                             = rangeTable(60)
	Coptic                             = rangeTable(61)
	Cuneiform                          = rangeTable(62)
	Cypriot                            = rangeTable(63)
	Cypro_Minoan                       = rangeTable(64)
	Cyrillic                           = rangeTable(65)
	Deseret                            = rangeTable(66)
	Devanagari                         = rangeTable(67)
	Dives_Akuru                        = rangeTable(68)
	Dogra                              = rangeTable(69)
	Duployan                           = rangeTable(70)
	Egyptian_Hieroglyphs               = rangeTable(71)
	Elbasan                            = rangeTable(72)
	Elymaic                            = rangeTable(73)
	Ethiopic                           = rangeTable(74)
	Georgian                           = rangeTable(75)
	Glagolitic                         = rangeTable(76)
	Gothic                             = rangeTable(77)
	Grantha                            = rangeTable(78)
	Greek                              = rangeTable(79)
	Gujarati                           = rangeTable(80)
	Gunjala_Gondi                      = rangeTable(81)
	Gurmukhi                           = rangeTable(82)
	Han                                = rangeTable(83)
	Hangul                             = rangeTable(84)
	Hanifi_Rohingya                    = rangeTable(85)
	Hanunoo                            = rangeTable(86)
	Hatran                             = rangeTable(87)
	Hebrew                             = rangeTable(88)
	Hiragana                           = rangeTable(89)
	Imperial_Aramaic                   = rangeTable(90)
	Inherited                          = rangeTable(91)
	Inscriptional_Pahlavi              = rangeTable(92)
	Inscriptional_Parthian             = rangeTable(93)
	Javanese                           = rangeTable(94)
	Kaithi                             = rangeTable(95)
	Kannada                            = rangeTable(96)
	Katakana                           = rangeTable(97)
	Kawi                               = rangeTable(98)
	Kayah_Li                           = rangeTable(99)
	Kharoshthi                         = rangeTable(100)
	Khitan_Small_Script                = rangeTable(101)
	Khmer                              = rangeTable(102)
	Khojki                             = rangeTable(103)
	Khudawadi                          = rangeTable(104)
	Lao                                = rangeTable(105)
	Latin                              = rangeTable(106)
	Lepcha                             = rangeTable(107)
	Limbu                              = rangeTable(108)
	Linear_A                           = rangeTable(109)
	Linear_B                           = rangeTable(110)
	Lisu                               = rangeTable(111)
	Lycian                             = rangeTable(112)
	Lydian                             = rangeTable(113)
	Mahajani                           = rangeTable(114)
	Makasar                            = rangeTable(115)
	Malayalam                          = rangeTable(116)
	Mandaic                            = rangeTable(117)
	Manichaean                         = rangeTable(118)
	Marchen                            = rangeTable(119)
	Masaram_Gondi                      = rangeTable(120)
	Medefaidrin                        = rangeTable(121)
	Meetei_Mayek                       = rangeTable(122)
	Mende_Kikakui                      = rangeTable(123)
	Meroitic_Cursive                   = rangeTable(124)
	Meroitic_Hieroglyphs               = rangeTable(125)
	Miao                               = rangeTable(126)
	Modi                               = rangeTable(127)
	Mongolian                          = rangeTable(128)
	Mro                                = rangeTable(129)
	Multani                            = rangeTable(130)
	Myanmar                            = rangeTable(131)
	Nabataean                          = rangeTable(132)
	Nag_Mundari                        = rangeTable(133)
	Nandinagari                        = rangeTable(134)
	New_Tai_Lue                        = rangeTable(135)
	Newa                               = rangeTable(136)
	Nko                                = rangeTable(137)
	Nushu                              = rangeTable(138)
	Nyiakeng_Puachue_Hmong             = rangeTable(139)
	Ogham                              = rangeTable(140)
	Ol_Chiki                           = rangeTable(141)
	Old_Hungarian                      = rangeTable(142)
	Old_Italic                         = rangeTable(143)
	Old_North_Arabian                  = rangeTable(144)
	Old_Permic                         = rangeTable(145)
	Old_Persian                        = rangeTable(146)
	Old_Sogdian                        = rangeTable(147)
	Old_South_Arabian                  = rangeTable(148)
	Old_Turkic                         = rangeTable(149)
	Old_Uyghur                         = rangeTable(150)
	Oriya                              = rangeTable(151)
	Osage                              = rangeTable(152)
	Osmanya                            = rangeTable(153)
	Pahawh_Hmong                       = rangeTable(154)
	Palmyrene                          = rangeTable(155)
	Pau_Cin_Hau                        = rangeTable(156)
	Phags_Pa                           = rangeTable(157)
	Phoenician                         = rangeTable(158)
	Psalter_Pahlavi                    = rangeTable(159)
	Rejang                             = rangeTable(160)
	Runic                              = rangeTable(161)
	Samaritan                          = rangeTable(162)
	Saurashtra                         = rangeTable(163)
	Sharada                            = rangeTable(164)
	Shavian                            = rangeTable(165)
	Siddham                            = rangeTable(166)
	SignWriting                        = rangeTable(167)
	Sinhala                            = rangeTable(168)
	Sogdian                            = rangeTable(169)
	Sora_Sompeng                       = rangeTable(170)
	Soyombo                            = rangeTable(171)
	Sundanese                          = rangeTable(172)
	Syloti_Nagri                       = rangeTable(173)
	Syriac                             = rangeTable(174)
	Tagalog                            = rangeTable(175)
	Tagbanwa                           = rangeTable(176)
	Tai_Le                             = rangeTable(177)
	Tai_Tham                           = rangeTable(178)
	Tai_Viet                           = rangeTable(179)
	Takri                              = rangeTable(180)
	Tamil                              = rangeTable(181)
	Tangsa                             = rangeTable(182)
	Tangut                             = rangeTable(183)
	Telugu                             = rangeTable(184)
	Thaana                             = rangeTable(185)
	Thai                               = rangeTable(186)
	Tibetan                            = rangeTable(187)
	Tifinagh                           = rangeTable(188)
	Tirhuta                            = rangeTable(189)
	Toto                               = rangeTable(190)
	Ugaritic                           = rangeTable(191)
	Vai                                = rangeTable(192)
	Vithkuqi                           = rangeTable(193)
	Wancho                             = rangeTable(194)
	Warang_Citi                        = rangeTable(195)
	Yezidi                             = rangeTable(196)
	Yi                                 = rangeTable(197)
	Zanabazar_Square                   = rangeTable(198)
	ASCII_Hex_Digit                    = rangeTable(199)
	Bidi_Control                       = rangeTable(200)
	Dash                               = rangeTable(201)
	Deprecated                         = rangeTable(202)
	Diacritic                          = rangeTable(203)
	Extender                           = rangeTable(204)
	Hex_Digit                          = rangeTable(205)
	Hyphen                             = rangeTable(206)
	IDS_Binary_Operator                = rangeTable(207)
	IDS_Trinary_Operator               = rangeTable(208)
	Ideographic                        = rangeTable(209)
	Join_Control                       = rangeTable(210)
	Logical_Order_Exception            = rangeTable(211)
	Noncharacter_Code_Point            = rangeTable(212)
	Other_Alphabetic                   = rangeTable(213)
	Other_Default_Ignorable_Code_Point = rangeTable(214)
	Other_Grapheme_Extend              = rangeTable(215)
	Other_ID_Continue                  = rangeTable(216)
	Other_ID_Start                     = rangeTable(217)
	Other_Lowercase                    = rangeTable(218)
	Other_Math                         = rangeTable(219)
	Other_Uppercase                    = rangeTable(220)
	Pattern_Syntax                     = rangeTable(221)
	Pattern_White_Space                = rangeTable(222)
	Prepended_Concatenation_Mark       = rangeTable(223)
	Quotation_Mark                     = rangeTable(224)
	Radical                            = rangeTable(225)
	Regional_Indicator                 = rangeTable(226)
	STerm                              = rangeTable(227)
	Soft_Dotted                        = rangeTable(228)
	Terminal_Punctuation               = rangeTable(229)
	Unified_Ideograph                  = rangeTable(230)
	Variation_Selector                 = rangeTable(231)
	White_Space                        = rangeTable(232)
)

// Aliases: the same tables under other names.
var (
	Sentence_Terminal = STerm
	Digit             = Nd
	Letter            = L
	Lower             = Ll
	Mark              = M
	Number            = N
	Other             = C
	Punct             = P
	Space             = Z
	Symbol            = S
	Title             = Lt
	Upper             = Lu
)

var Categories = map[string]*RangeTable{
	"C":  C,
	"Cc": Cc,
	"Cf": Cf,
	"Co": Co,
	"Cs": Cs,
	"L":  L,
	"Ll": Ll,
	"Lm": Lm,
	"Lo": Lo,
	"Lt": Lt,
	"Lu": Lu,
	"M":  M,
	"Mc": Mc,
	"Me": Me,
	"Mn": Mn,
	"N":  N,
	"Nd": Nd,
	"Nl": Nl,
	"No": No,
	"P":  P,
	"Pc": Pc,
	"Pd": Pd,
	"Pe": Pe,
	"Pf": Pf,
	"Pi": Pi,
	"Po": Po,
	"Ps": Ps,
	"S":  S,
	"Sc": Sc,
	"Sk": Sk,
	"Sm": Sm,
	"So": So,
	"Z":  Z,
	"Zl": Zl,
	"Zp": Zp,
	"Zs": Zs,
}

var Scripts = map[string]*RangeTable{
	"Adlam":                  Adlam,
	"Ahom":                   Ahom,
	"Anatolian_Hieroglyphs":  Anatolian_Hieroglyphs,
	"Arabic":                 Arabic,
	"Armenian":               Armenian,
	"Avestan":                Avestan,
	"Balinese":               Balinese,
	"Bamum":                  Bamum,
	"Bassa_Vah":              Bassa_Vah,
	"Batak":                  Batak,
	"Bengali":                Bengali,
	"Bhaiksuki":              Bhaiksuki,
	"Bopomofo":               Bopomofo,
	"Brahmi":                 Brahmi,
	"Braille":                Braille,
	"Buginese":               Buginese,
	"Buhid":                  Buhid,
	"Canadian_Aboriginal":    Canadian_Aboriginal,
	"Carian":                 Carian,
	"Caucasian_Albanian":     Caucasian_Albanian,
	"Chakma":                 Chakma,
	"Cham":                   Cham,
	"Cherokee":               Cherokee,
	"Chorasmian":             Chorasmian,
	"Common":                 Common,
	"Coptic":                 Coptic,
	"Cuneiform":              Cuneiform,
	"Cypriot":                Cypriot,
	"Cypro_Minoan":           Cypro_Minoan,
	"Cyrillic":               Cyrillic,
	"Deseret":                Deseret,
	"Devanagari":             Devanagari,
	"Dives_Akuru":            Dives_Akuru,
	"Dogra":                  Dogra,
	"Duployan":               Duployan,
	"Egyptian_Hieroglyphs":   Egyptian_Hieroglyphs,
	"Elbasan":                Elbasan,
	"Elymaic":                Elymaic,
	"Ethiopic":               Ethiopic,
	"Georgian":               Georgian,
	"Glagolitic":             Glagolitic,
	"Gothic":                 Gothic,
	"Grantha":                Grantha,
	"Greek":                  Greek,
	"Gujarati":               Gujarati,
	"Gunjala_Gondi":          Gunjala_Gondi,
	"Gurmukhi":               Gurmukhi,
	"Han":                    Han,
	"Hangul":                 Hangul,
	"Hanifi_Rohingya":        Hanifi_Rohingya,
	"Hanunoo":                Hanunoo,
	"Hatran":                 Hatran,
	"Hebrew":                 Hebrew,
	"Hiragana":               Hiragana,
	"Imperial_Aramaic":       Imperial_Aramaic,
	"Inherited":              Inherited,
	"Inscriptional_Pahlavi":  Inscriptional_Pahlavi,
	"Inscriptional_Parthian": Inscriptional_Parthian,
	"Javanese":               Javanese,
	"Kaithi":                 Kaithi,
	"Kannada":                Kannada,
	"Katakana":               Katakana,
	"Kawi":                   Kawi,
	"Kayah_Li":               Kayah_Li,
	"Kharoshthi":             Kharoshthi,
	"Khitan_Small_Script":    Khitan_Small_Script,
	"Khmer":                  Khmer,
	"Khojki":                 Khojki,
	"Khudawadi":              Khudawadi,
	"Lao":                    Lao,
	"Latin":                  Latin,
	"Lepcha":                 Lepcha,
	"Limbu":                  Limbu,
	"Linear_A":               Linear_A,
	"Linear_B":               Linear_B,
	"Lisu":                   Lisu,
	"Lycian":                 Lycian,
	"Lydian":                 Lydian,
	"Mahajani":               Mahajani,
	"Makasar":                Makasar,
	"Malayalam":              Malayalam,
	"Mandaic":                Mandaic,
	"Manichaean":             Manichaean,
	"Marchen":                Marchen,
	"Masaram_Gondi":          Masaram_Gondi,
	"Medefaidrin":            Medefaidrin,
	"Meetei_Mayek":           Meetei_Mayek,
	"Mende_Kikakui":          Mende_Kikakui,
	"Meroitic_Cursive":       Meroitic_Cursive,
	"Meroitic_Hieroglyphs":   Meroitic_Hieroglyphs,
	"Miao":                   Miao,
	"Modi":                   Modi,
	"Mongolian":              Mongolian,
	"Mro":                    Mro,
	"Multani":                Multani,
	"Myanmar":                Myanmar,
	"Nabataean":              Nabataean,
	"Nag_Mundari":            Nag_Mundari,
	"Nandinagari":            Nandinagari,
	"New_Tai_Lue":            New_Tai_Lue,
	"Newa":                   Newa,
	"Nko":                    Nko,
	"Nushu":                  Nushu,
	"Nyiakeng_Puachue_Hmong": Nyiakeng_Puachue_Hmong,
	"Ogham":                  Ogham,
	"Ol_Chiki":               Ol_Chiki,
	"Old_Hungarian":          Old_Hungarian,
	"Old_Italic":             Old_Italic,
	"Old_North_Arabian":      Old_North_Arabian,
	"Old_Permic":             Old_Permic,
	"Old_Persian":            Old_Persian,
	"Old_Sogdian":            Old_Sogdian,
	"Old_South_Arabian":      Old_South_Arabian,
	"Old_Turkic":             Old_Turkic,
	"Old_Uyghur":             Old_Uyghur,
	"Oriya":                  Oriya,
	"Osage":                  Osage,
	"Osmanya":                Osmanya,
	"Pahawh_Hmong":           Pahawh_Hmong,
	"Palmyrene":              Palmyrene,
	"Pau_Cin_Hau":            Pau_Cin_Hau,
	"Phags_Pa":               Phags_Pa,
	"Phoenician":             Phoenician,
	"Psalter_Pahlavi":        Psalter_Pahlavi,
	"Rejang":                 Rejang,
	"Runic":                  Runic,
	"Samaritan":              Samaritan,
	"Saurashtra":             Saurashtra,
	"Sharada":                Sharada,
	"Shavian":                Shavian,
	"Siddham":                Siddham,
	"SignWriting":            SignWriting,
	"Sinhala":                Sinhala,
	"Sogdian":                Sogdian,
	"Sora_Sompeng":           Sora_Sompeng,
	"Soyombo":                Soyombo,
	"Sundanese":              Sundanese,
	"Syloti_Nagri":           Syloti_Nagri,
	"Syriac":                 Syriac,
	"Tagalog":                Tagalog,
	"Tagbanwa":               Tagbanwa,
	"Tai_Le":                 Tai_Le,
	"Tai_Tham":               Tai_Tham,
	"Tai_Viet":               Tai_Viet,
	"Takri":                  Takri,
	"Tamil":                  Tamil,
	"Tangsa":                 Tangsa,
	"Tangut":                 Tangut,
	"Telugu":                 Telugu,
	"Thaana":                 Thaana,
	"Thai":                   Thai,
	"Tibetan":                Tibetan,
	"Tifinagh":               Tifinagh,
	"Tirhuta":                Tirhuta,
	"Toto":                   Toto,
	"Ugaritic":               Ugaritic,
	"Vai":                    Vai,
	"Vithkuqi":               Vithkuqi,
	"Wancho":                 Wancho,
	"Warang_Citi":            Warang_Citi,
	"Yezidi":                 Yezidi,
	"Yi":                     Yi,
	"Zanabazar_Square":       Zanabazar_Square,
}

var Properties = map[string]*RangeTable{
	"ASCII_Hex_Digit":                    ASCII_Hex_Digit,
	"Bidi_Control":                       Bidi_Control,
	"Dash":                               Dash,
	"Deprecated":                         Deprecated,
	"Diacritic":                          Diacritic,
	"Extender":                           Extender,
	"Hex_Digit":                          Hex_Digit,
	"Hyphen":                             Hyphen,
	"IDS_Binary_Operator":                IDS_Binary_Operator,
	"IDS_Trinary_Operator":               IDS_Trinary_Operator,
	"Ideographic":                        Ideographic,
	"Join_Control":                       Join_Control,
	"Logical_Order_Exception":            Logical_Order_Exception,
	"Noncharacter_Code_Point":            Noncharacter_Code_Point,
	"Other_Alphabetic":                   Other_Alphabetic,
	"Other_Default_Ignorable_Code_Point": Other_Default_Ignorable_Code_Point,
	"Other_Grapheme_Extend":              Other_Grapheme_Extend,
	"Other_ID_Continue":                  Other_ID_Continue,
	"Other_ID_Start":                     Other_ID_Start,
	"Other_Lowercase":                    Other_Lowercase,
	"Other_Math":                         Other_Math,
	"Other_Uppercase":                    Other_Uppercase,
	"Pattern_Syntax":                     Pattern_Syntax,
	"Pattern_White_Space":                Pattern_White_Space,
	"Prepended_Concatenation_Mark":       Prepended_Concatenation_Mark,
	"Quotation_Mark":                     Quotation_Mark,
	"Radical":                            Radical,
	"Regional_Indicator":                 Regional_Indicator,
	"STerm":                              STerm,
	"Sentence_Terminal":                  Sentence_Terminal,
	"Soft_Dotted":                        Soft_Dotted,
	"Terminal_Punctuation":               Terminal_Punctuation,
	"Unified_Ideograph":                  Unified_Ideograph,
	"Variation_Selector":                 Variation_Selector,
	"White_Space":                        White_Space,
}

var FoldCategory = map[string]*RangeTable{
	"L":  rangeTable(233),
	"Ll": rangeTable(234),
	"Lt": rangeTable(235),
	"Lu": rangeTable(236),
	"M":  rangeTable(237),
	"Mn": rangeTable(238),
}

var FoldScript = map[string]*RangeTable{
	"Common":    rangeTable(239),
	"Greek":     rangeTable(240),
	"Inherited": rangeTable(241),
}

// END GENERATED TABLES
