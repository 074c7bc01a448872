// Fuzz target: the signature strokes JSON (StrokeJson::read), which comes
// back from the database's signatures.strokes column and from the signing
// pad. Anything that is not a list of lists of [x, y] pairs inside the pad is
// refused with a message; what is accepted is inside the pad, and writing it
// and reading it back is stable (the writer rounds to a tenth of a unit once).

#include "FuzzTarget.h"

#include "core/ContentDigest.h"

#include <QByteArray>

#include <cmath>

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const Result<SignatureStrokes> strokes = StrokeJson::read(input);
    if (!strokes) {
        FUZZ_CHECK(!strokes.error().isEmpty(), "refused strokes must say why");
        return 0;
    }
    for (const SignatureStroke& stroke : *strokes) {
        FUZZ_CHECK(!stroke.isEmpty(), "empty strokes are dropped");
        for (const QPointF& p : stroke) {
            FUZZ_CHECK(std::isfinite(p.x()) && std::isfinite(p.y()), input.constData());
            FUZZ_CHECK(p.x() >= 0 && p.x() <= 1000 && p.y() >= 0 && p.y() <= 300, input.constData());
        }
    }
    const QByteArray written = StrokeJson::write(*strokes);
    const Result<SignatureStrokes> reread = StrokeJson::read(written);
    FUZZ_CHECK(reread.ok(), qPrintable(reread.error()));
    FUZZ_CHECK(reread->size() == strokes->size(), written.constData());
    FUZZ_CHECK(StrokeJson::write(*reread) == written, written.constData());
    return 0;
}
