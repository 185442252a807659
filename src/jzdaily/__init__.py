"""jzdaily: the extracted text of Jiaozuo Daily pages as clean, typed articles."""
