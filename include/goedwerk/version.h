/* version.h - the engine version, written into provenance.json and --version. */
#ifndef GOEDWERK_VERSION_H
#define GOEDWERK_VERSION_H

#define GOEDWERK_VERSION "0.1.0"

#endif
