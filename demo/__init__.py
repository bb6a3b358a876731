"""The bundled demo event: workbook, materials, package and the score files of 7 judges."""
