/* sha256.h - SHA-256 (FIPS 180-4), for provenance and content hashes. */
#ifndef GOEDWERK_SHA256_H
#define GOEDWERK_SHA256_H

#include <stddef.h>
#include <stdint.h>

struct sha256 {
	uint32_t h[8];
	uint64_t len;
	unsigned char buf[64];
	size_t nbuf;
};
void sha256_init(struct sha256 *c);
void sha256_update(struct sha256 *c, const void *data, size_t n);
void sha256_final(struct sha256 *c, unsigned char out[32]);
/* Hex digest of a whole file into hex[65]; 0 on success. */
int sha256_file_hex(const char *path, char hex[65]);
void sha256_hex(const unsigned char d[32], char hex[65]);

#endif
