x	 	
y  
   z

	
