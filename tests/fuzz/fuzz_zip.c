/* fuzz_zip.c - a zip archive in memory from named parts (stored, not
 * compressed), so that the xlsx target can mutate a workbook's XML and still
 * hand the reader a well-formed zip (a mutated deflate stream mostly fails
 * its CRC before any XML is read). */
#include <stdlib.h>
#include <string.h>
#include <zip.h>
#include "fuzz_zip.h"

static unsigned char *read_back(zip_source_t *src, size_t *n)
{
	unsigned char *buf = NULL;
	*n = 0;
	if (zip_source_open(src) != 0)
		return malloc(1); /* nothing was written: an empty archive */
	zip_int64_t len = -1;
	if (zip_source_seek(src, 0, SEEK_END) == 0)
		len = zip_source_tell(src);
	if (len >= 0 && zip_source_seek(src, 0, SEEK_SET) == 0 && (buf = malloc((size_t)len + 1)) &&
	    zip_source_read(src, buf, (zip_uint64_t)len) == len)
		*n = (size_t)len;
	zip_source_close(src);
	return buf ? buf : malloc(1);
}

unsigned char *fuzz_zip(const struct ingest_mem_file *parts, size_t n_parts, size_t *n)
{
	zip_error_t e;
	zip_error_init(&e);
	zip_source_t *src = zip_source_buffer_create(NULL, 0, 0, &e);
	zip_t *z = src ? zip_open_from_source(src, ZIP_TRUNCATE, &e) : NULL;
	if (!z)
		abort();
	zip_source_keep(src);
	for (size_t i = 0; i < n_parts; i++) {
		zip_source_t *fs = zip_source_buffer(z, parts[i].bytes, parts[i].n, 0);
		zip_int64_t ix = fs ? zip_file_add(z, parts[i].name, fs, ZIP_FL_OVERWRITE) : -1;
		if (ix < 0)
			zip_source_free(fs);
		else
			zip_set_file_compression(z, (zip_uint64_t)ix, ZIP_CM_STORE, 0);
	}
	if (zip_close(z) != 0)
		zip_discard(z);
	unsigned char *buf = read_back(src, n);
	zip_source_free(src);
	zip_error_fini(&e);
	return buf;
}
