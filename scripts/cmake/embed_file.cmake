# cmake -DINPUT=... -DOUTPUT=... -DNAMESPACE=... -DSYMBOL=... -P embed_file.cmake
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" hex_length)
math(EXPR size "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
# Break the one long line every 32 bytes so compilers and diffs stay comfortable.
string(REGEX REPLACE "(('[^']+',){32})" "\\1\n" bytes "${bytes}")
file(WRITE "${OUTPUT}"
"// Generated from ${INPUT}; do not edit.
#include <string_view>
namespace ${NAMESPACE} {
namespace { constexpr char data[${size} + 1] = {
${bytes}'\\0'}; }
extern const std::string_view ${SYMBOL};
const std::string_view ${SYMBOL}{data, ${size}};
}
")
