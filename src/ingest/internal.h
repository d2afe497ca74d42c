/* internal.h - shared by the files of src/ingest only (not a public header).
 *
 * One input file goes: files.c (find, name -> kind, read bytes, hash) ->
 * dialect.c (delimiter) -> encoding.c (BOM, UTF-8 / Windows-1252, NUL) ->
 * parse.c (libcsv, physical line per field) -> reader.c + header.c (header
 * row, row shape) -> one reader per file kind (cards.c, rows_*.c).  Files are
 * read kind by kind (ingest.c), so cross-file checks happen as rows are read
 * (a sort's traject, participant, card set) and in cards_finish and
 * participants_finish.  Every reader reports to the diag and reads on. */
#ifndef GOEDWERK_INGEST_INTERNAL_H
#define GOEDWERK_INGEST_INTERNAL_H

#include <stddef.h>
#include <stdint.h>
#include "goedwerk/bundle.h"
#include "goedwerk/diag.h"
#include "goedwerk/ingest.h"
#include "goedwerk/messages.h"

#define INGEST_FIELD_MAX 65536 /* longest field accepted, in bytes */
#define INGEST_FILE_MAX ((size_t)1 << 30) /* largest file read, in bytes */
#define INGEST_NONE ((size_t)-1)

enum file_kind {
	FK_CARDS, FK_SCALE, FK_TRAJECTEN, FK_PARTICIPANTS, FK_SORTS,
	FK_GROUP_TOPS, FK_CODEBOOK, FK_DILEMMAS, FK_N, FK_UNKNOWN = FK_N
};

/* kinds.c: the file-kind registry, in reading order. */
struct ingest_ctx;
struct file_kind_def {
	const char *name, *name_nl; /* file stems: "participants", "deelnemers"; NULL none */
	int prefix;                 /* any name that starts with the stem (sorts_2015.csv) */
	void (*read)(struct ingest_ctx *c, const char *file, const unsigned char *t, size_t n,
		     char delim, int has_cr);
	void (*after)(struct ingest_ctx *c); /* once the kind is read (files or none): checks */
};
extern const struct file_kind_def ingest_kinds[FK_N];
/* The kind of a base name (stem.csv or stem.xlsx), FK_UNKNOWN when none. */
enum file_kind ingest_kind_of_name(const char *name);
/* The kind of a stem alone (a workbook's sheet name), FK_UNKNOWN when none. */
enum file_kind ingest_kind_of_stem(const char *stem);
/* "cards.csv, scale.csv, ..., sorts*.csv, ..." (Dutch names when dutch;
 * ext ".csv", or "" for sheet names). */
void ingest_kind_names(char *buf, size_t size, int dutch, const char *ext);

/* files.c */
struct input_file {
	char *path;          /* as shown in diagnostics ("book.xlsx:sorts!" for a sheet) */
	enum file_kind kind;
	const unsigned char *mem; /* ingest_read_mem: the bytes (NULL: read path; */
				  /* of a sheet: its workbook's) */
	size_t mem_n;
	char *book, *part;   /* a sheet: the workbook and the sheet's part; NULL for a CSV */
};
/* The kind of a file by its base name ("sorts*" is a sorts file). */
enum file_kind ingest_file_kind(const char *path);
/* Expand paths (folders -> *.csv sorted by name) into files; reports unknown
 * names and missing paths.  The caller frees with ingest_files_free. */
void ingest_find_files(const char *const *paths, size_t n, struct input_file **out,
		       size_t *n_out, struct diag *d);
void ingest_files_free(struct input_file *f, size_t n);
/* The in-memory files as input files (names checked like a folder's). */
void ingest_mem_files(const struct ingest_mem_file *m, size_t n, struct input_file **out,
		      size_t *n_out, struct diag *d);
/* The bytes of a file (a copy of mem, or read with the size bound); NULL
 * after reporting why.  *io: the failure was an I/O error, not the file's
 * type or size.  Caller frees. */
unsigned char *ingest_slurp(const struct input_file *f, size_t *len, int *io, struct diag *d);
/* xlsx_files.c: the sheets of the workbook at path (or in mem, when not
 * NULL, named path) that are bundle files (appended to *v as by
 * ingest_find_files; problems reported); reading one (its rows go through
 * the kind's reader, see struct ingest_sheet). */
void ingest_add_workbook(struct input_file **v, size_t *n, size_t *cap, const char *path,
			 const struct ingest_mem_file *mem, struct diag *d);
struct ingest_ctx;
void ingest_read_sheet(struct ingest_ctx *c, const struct input_file *f);
/* A sheet being read: reader_run takes its rows from here, not from text. */
struct xlsx_book;
struct ingest_sheet {
	struct xlsx_book *book;
	const unsigned char *xml;
	size_t n;
};

/* dialect.c: the delimiter of the header line, outside quotes (',' when the
 * line has none). */
char ingest_detect_dialect(const unsigned char *s, size_t n);

/* encoding.c: turn the bytes into UTF-8 text (BOM dropped, Windows-1252
 * converted with a warning).  Returns the text (caller frees; may be s
 * itself) or NULL when the file is refused (error reported at the line of
 * the byte).  *has_cr: the text holds '\r'. */
unsigned char *ingest_decode(const char *file, unsigned char *s, size_t n, char delim,
			     size_t *out_n, int *has_cr, struct diag *d);

/* parse.c: one parsed row.  Fields are NUL-terminated and valid until the
 * callback returns. */
struct csv_row {
	size_t n;
	const char *const *f;
	const size_t *len;
	const long *line;  /* the physical line where field i opens */
	long row_line;     /* the line of the first field */
	long index;        /* 0 = header */
};
typedef void (*csv_row_fn)(void *ctx, const struct csv_row *row);
/* Parse text with libcsv and call fn for every non-blank row.  Parse
 * problems (unterminated quote, stray quote, field > 64 KiB) go to the diag;
 * a row with one is not passed on (it still counts: row 0 is the header).
 * Returns the number of non-blank rows. */
long ingest_parse(const char *file, const unsigned char *text, size_t n, char delim,
		  int has_cr, csv_row_fn fn, void *ctx, struct diag *d);
/* The same for a workbook's sheet (xlsx_files.c). */
long ingest_sheet_rows(const struct ingest_sheet *s, const char *file, csv_row_fn fn, void *ctx,
		       struct diag *d);

/* header.c */
enum { COL_REQUIRED = 1, COL_TEXT = 2 /* kept verbatim, not trimmed */ };
struct col_spec {
	const char *name;
	int flags;
};
struct header {
	size_t n_fields;
	int idx[24];          /* per spec: field index or -1 */
	int *spec_of;         /* per field: spec index, -1 other, -2 nameless */
	char **lname;         /* per field: lower-case trimmed name */
	int ok;               /* the required columns are all there */
};
/* Map a header row onto specs (aliases, case-insensitive).  Refuses direct
 * identifiers and duplicates.  Columns that are no spec are left to the
 * caller (spec_of -1) when others_ok, else warned about and ignored. */
void header_read(struct header *h, const struct col_spec *specs, size_t n_specs,
		 const struct csv_row *row, const char *file, int others_ok, struct diag *d);
void header_free(struct header *h);
/* The "; nearest: ..." hint naming the column names nearest to word, or "". */
const char *header_hint(const struct col_spec *specs, size_t n_specs, const char *word,
			char *buf, size_t size);
/* The canonical column name for a (lower-case) header name. */
const char *header_canonical(const char *lname);
/* 1 when a lower-case column name is a direct identifier. */
int header_is_identifier(const char *lname);

/* identifiers.c: direct identifiers in text (reader.c checks every field). */
enum ident_kind { ID_NONE, ID_EMAIL, ID_PHONE, ID_BSN };
/* The first kind of identifier in s (len bytes, NUL-terminated). */
enum ident_kind ident_scan(const char *s, size_t len);
const char *ident_what(enum ident_kind k); /* "an e-mail address", ... */
/* 1 when the nine digits at d9 pass the BSN eleven-test. */
int ident_bsn_ok(const char *d9);
/* 1 when s looks like a personal name ("Jan de Vries", "Piet Jansen"). */
int ident_looks_like_name(const char *s);

/* values.c */
int value_looks_like_email(const char *s);
/* Parse YYYY, YYYY-MM, YYYY-MM-DD and the forms Dutch Excel writes
 * (14-3-2017, 14-03-2017, 14/3/2017), normalised into iso: returns the year
 * or 0 when not a date.  DATE_FORMS: how every message names them. */
#define DATE_FORMS "a date such as 14-3-2017, 14-03-2017 or 2017-03-14"
int value_date(const char *s, char iso[11]);
int value_int(const char *s, long *out);
/* Case-insensitive ASCII equality. */
int value_ieq(const char *a, const char *b);

/* index.c: a hash index from keys to array positions.  The caller hashes
 * and compares (its array holds the keys); the index stores hash + pos. */
struct idx {
	uint64_t *slots; /* (hash << 32) | (pos + 1); 0 = empty */
	size_t n, used;
};
void idx_init(struct idx *x);
void idx_free(struct idx *x);
typedef int (*idx_eq)(const void *ctx, size_t pos, const void *key);
size_t idx_find(const struct idx *x, uint64_t h, idx_eq eq, const void *ctx, const void *key);
void idx_add(struct idx *x, uint64_t h, size_t pos);
uint64_t idx_hash_ptrs(const void *const *p, size_t n);
uint64_t idx_hash_str(const char *s, size_t n); /* case-folded ASCII */

/* The ingest run. */
struct card_key {
	const char *key;      /* lower-case id or label_nl (pooled) */
	size_t pos;
};
struct set_info {
	struct bundle_card_set cs;
	size_t cap_cards, cap_scale;
	struct idx card_ix;   /* card_key index */
	struct card_key *keys;
	size_t n_keys, cap_keys;
	const char *file;     /* where it was defined (NULL: built in) */
	long line;
	const char *scale_file; /* its first scale row */
	long scale_line;
	int used, shadowed, bad;
};

struct ingest_ctx {
	const struct ingest_options *opt;
	struct bundle *b;
	struct diag *d;
	int this_year;
	const char *file;            /* the file being read */
	const struct ingest_sheet *sheet; /* when it is a workbook's sheet */
	/* card sets: 0 is the built-in default */
	struct set_info *sets;
	size_t n_sets, cap_sets;
	int have_cards_file, reading_builtin;
	/* trajecten */
	struct idx traject_ix;
	int have_trajecten_file;
	/* participants */
	struct idx part_ix;
	int *part_birth, *part_year; /* pending birth year; earliest sort year */
	long *part_line;
	const char **part_file;
	unsigned char *part_listed;  /* from participants.csv */
	size_t cap_part;
	struct idx listed_traject_ix;  /* trajecten with listed participants */
	const char **listed_trajecten; size_t n_listed, cap_listed;
	/* sorts */
	struct idx sort_ix;
	long *sort_line;             /* the row a sort was first given on */
	const char **sort_file;
	size_t cap_sort_line;
	long forced_reported, forced_more;
	/* codebook: tags keyed (version, tag); the versions trajecten.csv names */
	struct idx code_ix;
	struct codebook_ref { size_t traject; const char *file; long line, col; } *cb_refs;
	size_t n_cb_refs, cap_cb_refs;
	struct idx case_ix;          /* (traject, case) -> dilemma */
	/* interned constants */
	const char *s_individual, *s_exchange, *s_professional, *s_personal, *s_default_set,
		   *s_default_codebook;
};

/* reader.c: the plumbing every per-kind reader shares. */
struct reader {
	struct ingest_ctx *c;
	const char *file;
	const struct col_spec *specs;
	size_t n_specs;
	int others_ok;
	struct header h;
	long rows;             /* data rows seen */
	void (*row)(struct reader *r, const struct csv_row *row);
	void (*on_header)(struct reader *r, const struct csv_row *row);
	void *state;
};
/* Parse text, read the header, pass each data row that has the header's
 * shape to r->row.  Returns the number of data rows, -1 (reported) when
 * there is not even a header. */
long reader_run(struct reader *r, const unsigned char *t, size_t n, char delim, int has_cr);
/* A reader of file whose columns are specs and whose rows go to row (the
 * rest zero: no other columns allowed, no header hook, no state). */
struct reader reader_for(struct ingest_ctx *c, const char *file, const struct col_spec *specs,
			 size_t n_specs, void (*row)(struct reader *r, const struct csv_row *row));
#define READER_FOR(c, file, specs, row) reader_for(c, file, specs, sizeof specs / sizeof *specs, row)
/* The field of spec s ("" when the column is absent). */
const char *reader_get(const struct reader *r, const struct csv_row *row, int s);
long reader_col(const struct reader *r, int s);  /* 1-based column of spec s */
long reader_line(const struct csv_row *row, const struct reader *r, int s);

/* Arena memory in the bundle's pool blocks (freed by bundle_free). */
void *ingest_arena_alloc(struct bundle *b, size_t n, size_t align);
const char *ingest_intern(struct ingest_ctx *c, const char *s, size_t len);
/* NULL for an empty optional value. */
const char *ingest_intern_opt(struct ingest_ctx *c, const char *s);

/* cards.c */
void cards_init_builtin(struct ingest_ctx *c);
void cards_read_file(struct ingest_ctx *c, const char *file, const unsigned char *t, size_t n,
		     char delim, int has_cr);
void scale_read_file(struct ingest_ctx *c, const char *file, const unsigned char *t, size_t n,
		     char delim, int has_cr);
void cards_finish(struct ingest_ctx *c);          /* scales, checks */
struct set_info *cards_set(struct ingest_ctx *c, const char *name); /* NULL: unknown */
/* Position of a card (id or label_nl, case-insensitive) or INGEST_NONE. */
size_t cards_find(const struct set_info *s, const char *card, size_t len);
/* Category from an integer or a scale label; 0 ok, -1 not. */
int cards_category(const struct set_info *s, const char *v, int *out);
/* 1 when name is a card id or label_nl of any known set. */
int cards_any_set_has(struct ingest_ctx *c, const char *lname);
/* For "nearest:" hints (text_known_hint): the ids and Dutch labels of the
 * set's cards into k; the hint naming the cards, or the pile labels of its
 * scale, nearest to word. */
struct text_known;
void cards_known(const struct set_info *s, struct text_known *k);
const char *cards_hint(const struct set_info *s, const char *word, char *buf, size_t size);
const char *cards_pile_hint(const struct set_info *s, const char *word, char *buf, size_t size);
/* "unknown card 'X' (expected a card of set 'S'; nearest: ...)" at file:line:col. */
void cards_unknown(struct ingest_ctx *c, const struct set_info *s, const char *set_name,
		   const char *card, const char *file, long line, long col);
void cards_to_bundle(struct ingest_ctx *c);

/* rows_trajecten.c, rows_participants.c */
void trajecten_read(struct ingest_ctx *c, const char *file, const unsigned char *t, size_t n,
		    char delim, int has_cr);
size_t trajecten_find(struct ingest_ctx *c, const char *traject);  /* interned */
/* The traject (interned) or INGEST_NONE after reporting it unknown. */
size_t trajecten_need(struct ingest_ctx *c, const char *traject, long line, long col);
void participants_read(struct ingest_ctx *c, const char *file, const unsigned char *t, size_t n,
		       char delim, int has_cr);
/* The participant of a sort (created bare when allowed). */
size_t participants_need(struct ingest_ctx *c, const char *traject, const char *participant,
			 long line, long col);
void participants_finish(struct ingest_ctx *c); /* band birth years */

/* rows_sorts*.c: sorts.csv in long form (one row per placement; rows of the
 * same traject, participant, session, phase, perspective and card set form
 * one sort) or wide form (one row per sort, one column per card). */
enum { SO_TRAJECT, SO_PARTICIPANT, SO_SESSION, SO_PHASE, SO_PERSPECTIVE, SO_CARD_SET,
       SO_DATE, SO_TABLE, SO_CARD, SO_CATEGORY, SO_N };
extern const struct col_spec sort_specs[SO_N];
struct sort_head {
	const char *traject, *participant, *session, *phase, *perspective, *card_set, *date, *table;
	int year;
	size_t participant_ix;
	struct set_info *set;
};
/* The sort columns of a row; 0 when they are all valid. */
int sorts_head(struct reader *r, const struct csv_row *row, struct sort_head *k);
size_t sorts_find(struct ingest_ctx *c, const struct sort_head *k);
/* A new sort with every card left out. */
size_t sorts_add(struct ingest_ctx *c, const struct sort_head *k, long line);
/* Report a forced-distribution break (warning, or error under strict). */
void sorts_forced_break(struct ingest_ctx *c, long line, long col, const struct set_info *s,
			int category, int count);
void sorts_long_row(struct reader *r, const struct csv_row *row);
void sorts_long_done(struct reader *r);
void sorts_wide_header(struct reader *r, const struct csv_row *row);
void sorts_wide_row(struct reader *r, const struct csv_row *row);
void sorts_wide_done(struct reader *r);
void sorts_read(struct ingest_ctx *c, const char *file, const unsigned char *t, size_t n,
		char delim, int has_cr);

/* rows_group_tops.c, rows_codebook.c, rows_dilemmas.c */
void group_tops_read(struct ingest_ctx *c, const char *file, const unsigned char *t, size_t n,
		     char delim, int has_cr);
/* The canonical pillar (excellence, ethics, engagement) or NULL. */
const char *codebook_pillar(struct ingest_ctx *c, const char *v);
/* The version itself, or the default one for NULL (interned). */
const char *codebook_version(struct ingest_ctx *c, const char *version);
/* The tag of a version (NULL: default), both interned, or INGEST_NONE. */
size_t codebook_find(struct ingest_ctx *c, const char *version, const char *tag);
int codebook_has_version(struct ingest_ctx *c, const char *version);
/* The tags of a version, in file order; the caller frees *out. */
size_t codebook_tags_of(struct ingest_ctx *c, const char *version, const char ***out);
/* Report an unknown word with the nearest known words as a hint. */
void codebook_unknown(struct ingest_ctx *c, const char *file, long line, long col,
		      const char *what, const char *word, const char *expected,
		      const char *const *known, size_t n);
void codebook_read(struct ingest_ctx *c, const char *file, const unsigned char *t, size_t n,
		   char delim, int has_cr);
/* After codebook.csv: canonical tags and the versions trajecten name. */
void codebook_finish(struct ingest_ctx *c);
void dilemmas_read(struct ingest_ctx *c, const char *file, const unsigned char *t, size_t n,
		   char delim, int has_cr);

#endif
