/** An English region (ONS E12… code), the middle level between a council and England. */
export interface Region {
	code: string;
	name: string;
}
