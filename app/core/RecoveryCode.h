#pragma once

#include "core/Crypto.h"
#include "core/SecretBytes.h"

#include <optional>

// The recovery key of a signer registry (docs/CANONICAL-JSON.md "The recovery
// administrator"): 16 random bytes, written for a person as 26 Crockford
// base32 characters in groups of four (7K2Q-9M4T-…). It is printed once, at
// admin init, and never stored: what the registry keeps is the Ed25519 public
// key derived from it, certified as the administrator "recovery". Whoever
// holds the sheet can reset an administrator's password; nobody else can, not
// even someone who can write the database.
namespace RecoveryCode {

// The reserved login of the recovery administrator: no signer or administrator may take it.
inline constexpr char16_t kLogin[] = u"recovery";
bool isReservedLogin(const QString& login);

// A new code, as text in groups (ASCII in guarded memory); invalid when no guarded memory was left.
SecretBytes generate();
// The 16 bytes of a typed code: any case, dashes and spaces ignored, and
// Crockford's look-alikes (O for 0, I and L for 1) accepted. nullopt when the
// text is not 26 base32 characters.
std::optional<SecretBytes> decode(const SecretBytes& typed);
// The Ed25519 key pair the 16 bytes stand for: the seed is BLAKE2b-256 of the
// context "countersign-recovery/1" keyed with the bytes.
Crypto::KeyPair keysOf(const SecretBytes& code);

} // namespace RecoveryCode
