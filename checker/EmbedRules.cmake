# Writes every rules/*.yaml, as YAML documents, into one C++ raw string.
file(GLOB files ${RULES_DIR}/*.yaml)
list(SORT files)
set(text "")
foreach(f ${files})
  file(READ ${f} body)
  string(APPEND text "---\n${body}")
endforeach()
file(WRITE ${OUTPUT}
  "static const char EmbeddedRulesText[] = R\"pcbrules(${text})pcbrules\";\n")
